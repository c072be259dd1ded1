#!/usr/bin/env python3
"""Fills unfinished messages of the .ts files from finished ones with the same source text.

When a string moves to another class (its lupdate context changes), lupdate marks it
unfinished although the translation exists under the old context, or it was dropped as
obsolete: pass the files from before the move as --previous to reuse them too. Prints what
is still untranslated.
"""
import argparse
import html
import re
import sys

MESSAGE = re.compile(r'<message[^>]*>.*?</message>', re.S)


def finished(text):
    table = {}
    for block in MESSAGE.findall(text):
        if 'type="unfinished"' in block or 'type="vanished"' in block or 'type="obsolete"' in block:
            continue
        source = re.search(r'<source>(.*?)</source>', block, re.S).group(1)
        translation = re.search(r'<translation>(.*?)</translation>', block, re.S)
        if translation:
            table.setdefault(source, translation.group(1))
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('files', nargs='+')
    parser.add_argument('--previous', nargs='*', default=[])
    args = parser.parse_args()
    previous = {}
    for path in args.previous:
        lang = path.rsplit('_', 1)[-1]
        previous[lang] = finished(open(path, encoding='utf-8').read())
    missing = 0
    for path in args.files:
        text = open(path, encoding='utf-8').read()
        known = dict(previous.get(path.rsplit('_', 1)[-1], {}))
        known.update(finished(text))

        def fill(match):
            nonlocal missing
            block = match.group(0)
            if 'type="unfinished"' not in block:
                return block
            source = re.search(r'<source>(.*?)</source>', block, re.S).group(1)
            if source in known:
                return re.sub(r'<translation type="unfinished">.*?</translation>',
                              lambda _: '<translation>%s</translation>' % known[source], block,
                              flags=re.S)
            missing += 1
            print('%s: untranslated: %s' % (path, html.unescape(source)))
            return block

        open(path, 'w', encoding='utf-8').write(MESSAGE.sub(fill, text))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
