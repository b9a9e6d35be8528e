# fd_leak, solved: setting() closes settings.txt before it returns, even
# when it returns from the middle of the loop.


def write_settings():
    f = open('settings.txt', 'w')
    f.write('greeting=hello\n')
    f.write('repeat=3\n')
    f.close()


def setting(name):
    with open('settings.txt') as f:
        for line in f:
            key, value = line.strip().split('=')
            if key == name:
                return value


write_settings()
total = 0
for i in range(1000):
    total += int(setting('repeat'))
print setting('greeting'), total
