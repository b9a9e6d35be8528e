# gen_finally, solved: first_records() closes the generator it stops
# reading from. close() raises GeneratorExit where the generator is
# paused, so its with block closes the file and its finally block removes
# the lock, right now, under every collector.

import os
from contextlib import closing


def read_records(path):
    # A lock file beside the data tells writers to wait while we read.
    lock = path + '.lock'
    open(lock, 'w').close()
    try:
        with open(path) as f:
            for line in f:
                yield line.rstrip('\n')
    finally:
        os.remove(lock)


def first_records(path, n):
    found = []
    with closing(read_records(path)) as records:
        for record in records:
            found.append(record)
            if len(found) == n:
                break
    return found


def append_record(path, record):
    if os.path.exists(path + '.lock'):
        print 'not adding %r: %s is being read' % (record, path)
        return
    with open(path, 'a') as f:
        f.write(record + '\n')


with open('animals.txt', 'w') as f:
    f.write('ant\nbee\ncat\n')
print first_records('animals.txt', 2)
append_record('animals.txt', 'dog')
print first_records('animals.txt', 4)
