# a comment
x = 1
y = "é"
