# weak_cache, solved: an entry leaves the cache when the program says the
# document is finished, not when a collector notices it is gone. The
# with block in report() makes that moment explicit.


class Document(object):
    def __init__(self, title, text):
        self.title = title
        self.text = text

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        forget(self)


# title -> word count of the document with that title now in use
word_counts = {}


def count_words(doc):
    if doc.title not in word_counts:
        word_counts[doc.title] = len(doc.text.split())
    return word_counts[doc.title]


def forget(doc):
    word_counts.pop(doc.title, None)


def report(title, text):
    with Document(title, text) as doc:
        print '%s: %d words' % (title, count_words(doc))


report('draft', 'it was a dark and stormy night')
report('notes', 'buy milk')
report('draft', 'the night was calm')
print len(word_counts), 'documents in the cache'
