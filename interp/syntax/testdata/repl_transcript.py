# Types each session of the file named by argv[1] into a fresh python2.7 interactive
# prompt on a pseudo-terminal and prints, for every line typed, what the prompt did:
# "more" (it printed "... "), "done" (the entry ran, or was empty), "exit" (python2.7
# ended) or the syntax error it printed. Sessions are separated by lines "===". In the
# file, \t stands for a tab and a line "^D" for typing Ctrl-D (end of input).
# Run with CPython 2.7 (go test -update does); argv[2] is the python to drive.
import os
import pty
import select
import shutil
import signal
import sys
import tempfile
import termios

python = sys.argv[2]

# Without the readline module the prompt reads with fgets and writes plain prompts.
fake = tempfile.mkdtemp()
open(os.path.join(fake, 'readline.py'), 'w').write('raise ImportError("no readline")\n')


def read_until_prompt(fd):
    out = ''
    while True:
        ready, _, _ = select.select([fd], [], [], 5.0)
        if not ready:
            raise SystemExit('python2.7 stopped answering; output so far: %r' % out)
        try:
            data = os.read(fd, 4096)
        except OSError:
            data = ''
        if not data:
            return None  # python2.7 exited
        out += data
        text = out.replace('\r\n', '\n')
        if text.endswith('>>> ') or text.endswith('... '):
            # Make sure nothing else is coming.
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                return text


def run(lines):
    pid, fd = pty.fork()
    if pid == 0:
        attrs = termios.tcgetattr(0)
        attrs[3] &= ~termios.ECHO
        termios.tcsetattr(0, termios.TCSANOW, attrs)
        env = dict(os.environ, PYTHONPATH=fake, TERM='dumb', LC_ALL='C.UTF-8')
        os.execve(python, [python, '-i', '-S'], env)
    read_until_prompt(fd)
    results = []
    for line in lines:
        if line == '^D':
            os.write(fd, '\x04')
        else:
            os.write(fd, line + '\n')
        out = read_until_prompt(fd)
        if out is None:
            results.append('exit')
            break
        body, prompt = out[:-4], out[-4:]
        if line == '^D' and body.startswith('\n'):
            body = body[1:]  # the prompt's own newline at end of input
        if prompt == '... ':
            results.append('more')
        elif 'Traceback' in body or 'Error' not in body:
            results.append('done')
        else:
            results.append('error\n' + body)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    return results


sessions = [[]]
for line in open(sys.argv[1]).read().split('\n')[:-1]:
    if line == '===':
        sessions.append([])
    else:
        sessions[-1].append(line.replace('\\t', '\t'))
try:
    for lines in sessions:
        for line, result in zip(lines, run(lines)):
            print '>', line.replace('\t', '\\t')
            print result
        print '==='
finally:
    shutil.rmtree(fake)
