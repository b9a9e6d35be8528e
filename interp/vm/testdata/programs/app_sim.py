# Event-driven bank queue simulation with a deterministic random generator
import heapq
class LCG(object):
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state
    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / float(2 ** 31))
class Customer(object):
    count = 0
    def __init__(self, arrival, service):
        Customer.count += 1
        self.id = Customer.count
        self.arrival = arrival
        self.service = service
    def __repr__(self):
        return '<C%d>' % self.id
rng = LCG(42)
events = []
t = 0.0
for i in range(12):
    t += rng.uniform(0.5, 3.0)
    heapq.heappush(events, (t, 'arrive', Customer(t, rng.uniform(1.0, 4.0))))
tellers = [0.0, 0.0]
waits = []
log = []
while events:
    time, kind, cust = heapq.heappop(events)
    if kind == 'arrive':
        k = min(range(len(tellers)), key=lambda i: tellers[i])
        start = max(time, tellers[k])
        waits.append(start - cust.arrival)
        tellers[k] = start + cust.service
        heapq.heappush(events, (tellers[k], 'leave', cust))
        log.append('%6.2f %-6s %r teller %d' % (time, kind, cust, k))
    else:
        log.append('%6.2f %-6s %r' % (time, kind, cust))
print '\n'.join(log)
print 'served %d, mean wait %.3f, max wait %.3f' % (len(waits), sum(waits) / len(waits), max(waits))
hist = [0] * 4
for w in waits:
    hist[min(int(w), 3)] += 1
print hist
