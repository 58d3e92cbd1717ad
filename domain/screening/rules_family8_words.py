"""Word classes shared by the rules_family8 modules (round 8 of issue 9): pure data.

Data flow: imported by `rules_family8` and `rules_family8b`, which build their patterns from
these classes over the normalised text (simplified, half-width punctuation, lower-case Latin).
"""

from __future__ import annotations

C = r"[^,;。!?\n]"  # a character inside the clause
S = r"[^;。!?\n]"  # a character inside the sentence
CHILD = r"(?:子女|孩子|小孩子?|小朋友|娃娃?儿?|宝宝|儿女|仔女|bb)"
SPOUSE = r"(?:老公|老婆|爱人|丈夫|妻子|配偶|另一半)"
PREG = (
    r"(?:怀孕|yun(?:妇|期)|身怀六甲|有喜|有孕|孕期|孕中|孕妇|孕妈|怀上|大肚|身孕|"
    r"哺乳(?:期|中)?|喂奶|待产|备孕)"
)
STATUS = (
    r"(?:[已己]婚(?:[已己]育|未育)?|未婚(?:未育)?|单身|[已己]育|未育|未生育|未生过|没生过|没生育|"
    r"已经?结婚|结了婚|结过婚|已成家|成了家|"
    r"有家室|已生育|生(?:了|过|完)(?:孩子|小孩|娃|二胎|二孩|一胎)|一孩已生|"
    r"有(?:孩子|小孩|娃)(?!照|看护|经验|相处|沟通|教|陪|打交道)|"
    r"当了?(?:妈妈?|爸爸?)|夫妻(?!肺片|店|饭店|宫|树|桥|湖|岛)(?:俩|二人|两人|双方)?|两公婆|两口子)"
)
# Spoken and Cantonese statuses (未生仔, 仲未结婚, 结咗婚, 有bb, 新婚).
STATUS_SPOKEN = (
    r"(?:(?:仲|还)?(?:未|没|冇)(?:结婚|结过婚|生(?:仔|小朋友|孩子|小孩|bb|过)|有(?:仔女|小朋友|孩子|bb))|"
    r"冇(?:仔女|小朋友|bb|孩子)|有(?:bb|仔女|小朋友)|生咗(?:仔|女|bb|小朋友)?|结咗婚|新婚|刚结婚|结婚(?:不满|未满|不到)|"
    r"刚生完?(?:孩子|小孩|bb)?|准备(?:结婚|要孩子|生)|打算(?:结婚|要孩子|生))"
)
# Refusal words after a status (…的不考虑, …嘅唔好搵我哋, …请绕行).
REFUSE = (
    r"(?:不要(?!求)|不考虑|暂不考虑|不予考虑|免问|勿扰|别来|别投|绕行|恕不|唔好|唔要|唔请|唔收|"
    r"唔适合|不适合|不合适|不予|谢绝|不收|不招|不建议|慎投|勿投|不用投|不必投|不用来|不用报|"
    r"无需投|过不了|通不过|不通过|就?算了|不行|做不了|干不了|恕难|难以录用|暂缓|就免了)"
)
