"""Word segmentation of normalised text, so rules match words and not runs across words.

Data flow: normalised text -> jieba (dictionary mode, no HMM guessing, so cost stays linear)
-> `Words`: which positions start a word. The rule modules anchor each hit on the gender or
status word it found; `screen.py` drops a hit whose anchor falls inside another word
(子女的 is 子女 + 的, so it never reads as 女的; 妇女 and 男女 are words of their own).

The tokenizer is built once, lazily, on first use: jieba reads its dictionary (about a second,
then cached by jieba in the temp directory). Nothing happens at import.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

# Gender and status words jieba's dictionary lacks or would merge with their neighbours.
_EXTRA_WORDS = [
    "小姐姐",
    "小哥哥",
    "帅小伙",
    "小伙",
    "小妹",
    "靓女",
    "男幼师",
    "女幼师",
    "男同学",
    "女同学",
    "男司机",
    "女司机",
    "女会计",
    "男会计",
    "宝妈",
    "宝爸",
    "二胎妈妈",
    "全职妈妈",
    "已婚已育",
    "已婚未育",
    "未婚未育",
    "已育",
    "未育",
    "未孕",
    "无孕",
    "孕检假",
    "婚检假",
    "夫妻工",
    "夫妻档",
    "妈妈岗",
    "男士",
    "女士",
    "男性",
    "女性",
    "男生",
    "女生",
    "活儿",
    "事儿",
]
# Words jieba knows that would hide a gender word after a restriction (限男 -> 限 + 男).
_SPLIT_WORDS = [
    "限男",
    "限女",
    "招男",
    "招女",
    "要男",
    "要女",
    "只招",
    "仅限男",
    "仅限女",
    "男优先",
    "女优先",
]
_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _cutter() -> Callable[[str], Iterable[str]]:
    import jieba  # type: ignore[import-untyped]

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in _EXTRA_WORDS:
        tokenizer.add_word(word, freq=200_000)
    for word in _SPLIT_WORDS:
        tokenizer.del_word(word)

    def cut(text: str) -> Iterable[str]:
        return tokenizer.cut(text, HMM=False)  # type: ignore[no-any-return]

    return cut


def word_starts(text: str) -> bytearray:
    """A flag per position (plus one for the end): 1 where a word starts.

    Text without Chinese needs no dictionary: every position counts as a start, and the
    English rules keep their own \\b boundaries.
    """
    if not _CJK.search(text):
        return bytearray(b"\x01" * (len(text) + 1))
    flags = bytearray(len(text) + 1)
    pos = 0
    for token in _cutter()(text):
        flags[pos] = 1
        pos += len(token)
    flags[len(text)] = 1
    return flags
