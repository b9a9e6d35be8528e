x = 1
x
x + 1
"string statement"
42
None
