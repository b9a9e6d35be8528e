# Values nested beyond the recursion limit: the messages of the C encoder, of the Python
# encoder's generators and of the C scanner, whose string and dict building are calls.
# (The calls are written out: CPython counts a call with *args twice against the limit.)
import json

def show(r):
    print repr(r)[:50]

deep = [1]
for i in range(2000):
    deep = [deep]
try:
    show(json.dumps(deep))
except RuntimeError as e:
    print type(e).__name__, e
try:
    show(json.dumps(deep, indent=1))
except RuntimeError as e:
    print type(e).__name__, e
try:
    show(json.dumps({'a': deep}))
except RuntimeError as e:
    print type(e).__name__, e
for doc in ['[' * 3000 + ']' * 3000, u'{"a":' * 3000 + '1' + '}' * 3000, '{"a":' * 3000 + '1' + '}' * 3000,
            '[{"a":' * 1500 + '[]' + '}]' * 1500, '[' * 3000 + '"x"' + ']' * 3000, '{"a":[' * 1500 + '1' + ']}' * 1500]:
    try:
        show(json.loads(doc))
    except RuntimeError as e:
        print type(e).__name__, e
ok = [1]
for i in range(200):
    ok = [ok, {'k': i}]
print len(json.dumps(ok)), len(json.dumps(ok, indent=1)), json.loads(json.dumps(ok)) == ok
