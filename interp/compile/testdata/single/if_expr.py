if x:
    "doc"
    5
else:
    y

