# A program for real PyPy JIT logs that spends its time in the standard library (json,
# re, collections, sorted with a key): many loops and entry bridges in code that is not
# ours, and a loop of an RPython helper whose location is not Python's.
import json, re, collections
data = [{"id": i, "name": "item%d" % i, "tags": ["a", "b", str(i % 7)]} for i in range(20000)]
s = json.dumps(data)
back = json.loads(s)
c = collections.Counter(t for d in back for t in d["tags"])
words = re.findall(r"\w+", s)
print(len(s), len(back), c.most_common(3), len(words))
srt = sorted(back, key=lambda d: (d["tags"][2], -d["id"]))
print(srt[0]["id"])
