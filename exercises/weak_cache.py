# weak_cache: a cache that cleans itself up with weakref callbacks.
#
# count_words() remembers the word count of each document by title. Each
# entry holds a weak reference to its document; the reference's callback
# removes the entry when the document dies, so a new document with the
# same title gets counted afresh. Run it:
#
#     handson run --cpython weak_cache.py
#     handson run weak_cache.py
#
# Make it print what CPython prints under every collector, without
# relying on when documents die. Check your fix with:  handson check weak_cache

import weakref


class Document(object):
    def __init__(self, title, text):
        self.title = title
        self.text = text


# title -> (weak reference to the document, its word count)
word_counts = {}


def count_words(doc):
    title = doc.title
    if title not in word_counts:
        def forget(ref):
            del word_counts[title]
        word_counts[title] = (weakref.ref(doc, forget), len(doc.text.split()))
    return word_counts[title][1]


def report(title, text):
    doc = Document(title, text)
    print '%s: %d words' % (title, count_words(doc))


report('draft', 'it was a dark and stormy night')
report('notes', 'buy milk')
report('draft', 'the night was calm')
print len(word_counts), 'documents in the cache'
