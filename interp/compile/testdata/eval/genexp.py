(i for i in data)
