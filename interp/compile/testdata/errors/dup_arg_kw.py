class C:
    def m(self, **self):
        pass
