# A tiny expression calculator: tokenizer, recursive-descent parser, evaluator
class Token(object):
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return 'Token(%s, %r)' % (self.kind, self.value)
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == '.'):
                j += 1
            s = text[i:j]
            tokens.append(Token('num', float(s) if '.' in s else int(s)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(Token('name', text[i:j]))
            i = j
        elif c in '+-*/()^%':
            tokens.append(Token('op', c))
            i += 1
        else:
            raise SyntaxError('bad character %r at %d' % (c, i))
    return tokens
class Parser(object):
    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env
    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return Token('eof', None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek().value in ('+', '-'):
            op = self.take().value
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ('*', '/', '%'):
            op = self.take().value
            r = self.factor()
            if op == '*':
                v *= r
            elif op == '/':
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        v = self.atom()
        if self.peek().value == '^':
            self.take()
            return v ** self.factor()
        return v
    def atom(self):
        t = self.take()
        if t.kind == 'num':
            return t.value
        if t.kind == 'name':
            try:
                return self.env[t.value]
            except KeyError:
                raise NameError('unknown variable %s' % t.value)
        if t.value == '-':
            return -self.atom()
        if t.value == '(':
            v = self.expr()
            if self.take().value != ')':
                raise SyntaxError('missing )')
            return v
        raise SyntaxError('unexpected %r' % (t,))
env = {'x': 3, 'pi': 3.14159}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '10 / 4', '10.0 / 4', '-x * 2 + pi', '7 % 3',
            '2 ^ 100', '(1 + 2', 'y + 1', '3 $ 4', '1 / 0']:
    try:
        print '%-12s = %r' % (src, Parser(tokenize(src), env).expr())
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print '%-12s ! %s: %s' % (src, type(e).__name__, e)
print tokenize('a1 + 22')
