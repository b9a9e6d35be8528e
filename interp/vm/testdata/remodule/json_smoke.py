# A short tour of json (also run collecting at every safe point in PyPy mode).
import json, collections
data = {'name': u'caf\xe9', 'tags': ['a', 'b'], 'n': 3, 'x': 2.5, 'ok': True, 'none': None}
s = json.dumps(data, sort_keys=True)
print s
print json.dumps(data, sort_keys=True, indent=2, separators=(',', ': '))
back = json.loads(s)
print sorted(back.items()), back == data
print json.loads('[1, {"a": [true, null]}]', object_pairs_hook=collections.OrderedDict)
print json.loads('{"a": 1}', object_hook=lambda d: d.items())
class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return json.JSONEncoder.default(self, o)
print json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder)
print list(json.JSONEncoder(indent=1).iterencode({'p': [1, 2]}))
for bad in ['[1,', '{"a" 1}', '"x', 'x']:
    try:
        json.loads(bad)
    except ValueError as e:
        print e
try:
    json.dumps(Point(0, 0))
except TypeError as e:
    print str(e).split(' at ')[0]
