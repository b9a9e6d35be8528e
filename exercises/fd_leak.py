# fd_leak: running out of file descriptors.
#
# setting() looks a value up in settings.txt and returns as soon as it
# finds it, leaving the file open. The loop calls it a thousand times.
# handson check runs this exercise with at most 64 files open at once, as
# a small system limit would:
#
#     handson run --cpython --max-open-files 64 fd_leak.py
#     handson run --max-open-files 64 fd_leak.py
#
# Make it print "hello 3000" under every collector, and close every file
# it opens. Check your fix with:  handson check fd_leak


def write_settings():
    f = open('settings.txt', 'w')
    f.write('greeting=hello\n')
    f.write('repeat=3\n')
    f.close()


def setting(name):
    for line in open('settings.txt'):
        key, value = line.strip().split('=')
        if key == name:
            return value


write_settings()
total = 0
for i in range(1000):
    total += int(setting('repeat'))
print setting('greeting'), total
