y = """abc
def