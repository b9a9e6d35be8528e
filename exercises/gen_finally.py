# gen_finally: a generator that is left behind.
#
# read_records() creates a lock file while it reads, and removes it in its
# finally block. first_records() stops reading as soon as it has enough,
# and drops the generator in the middle of the file. Run it:
#
#     handson run --cpython gen_finally.py
#     handson run gen_finally.py
#
# Make it print what CPython prints and leave the same files behind under
# every collector, closing every file it opens.
# Check your fix with:  handson check gen_finally

import os


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
    for record in read_records(path):
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
