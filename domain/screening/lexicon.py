"""Word classes of applicant gender nouns shared by the Chinese rule families.

Data flow: plain regex alternations, no logic -> `rules_general` builds its gender noun class
(`_NOUN`) from them, and every family that reads "a gender noun after a hiring word / before a
preference, exclusion or headcount" (`rules_general`, `rules_broad`, `rules_items`,
`rules_spoken`) inherits a word added here.

The classes, not a phrase list: standard words (男性, 女士), job-gender compounds (女主播),
slang and dialect (靓妹, 后生仔, 丫头, 汉子, 公主/少爷 in the night-trade sense), kinship and
age terms used for a worker (阿姨, 大姐, 大爷, 大叔, 闺女, 小子). A kinship term right after a
surname (王大爷, 李大姐) names a person, usually a contact, so it never counts there.
"""

from __future__ import annotations

from domain.screening.rules_zh import _F_WORD, _M_WORD

# A surname before a kinship term makes it a name (王大哥, 李阿姨 is handled by contact lines).
_SURNAME = (
    r"(?<![王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    r"魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱])"
)
M_NOUN = (
    rf"{_M_WORD}|男孩|大老爷们|纯爷们|爷们儿?|老爷们|兄弟们?|男大学生|男老师|男司机|小鲜肉|"
    r"男职员|男服务员|男营业员|男店员|男保安|男主播|男模特|哥们儿?|男仕|猛男|型男|男同胞|男孩子|"
    rf"{_SURNAME}(?:大哥|老哥|大爷|大叔|阿叔|阿伯|大伯)|男儿|"
    # Round 7: slang, dialect and age words for a man (糙汉子, 后生仔, 小子, 少爷 in a KTV).
    r"(?<!女)糙?汉子|后生仔|阿哥|伢子|(?<![小大])哥哥|(?<![胖傻臭])小子(?!女)|少爷|男仔|细佬|男娃|老头儿?(?!乐)|"
    # Round 7b: 小哥哥们, 大哥们 (a crowd addressed), 男艺人, 男业务.
    r"小哥哥们?|大哥们|男艺人|男业务员?|"
    # Round 8: 男劳力, 大只佬 (Cantonese for a burly man).
    r"男劳动?力|大只佬|小帅哥们?|学弟们?|伴郎|男幼师|男幼教(?:老师)?"
)
F_NOUN = (
    rf"{_F_WORD}|小姑娘|姐妹们?|阿姨|大姐|女大学生|女孩|妹纸|宝妈们?|妈妈们?|全职妈妈|"
    r"全职太太|二胎妈妈|女老师|女司机|母亲(?!节)|年轻妈妈|柜姐|正妹|女职员|女侍应|女服务员|女营业员|"
    r"女店员|女文员|女秘书|女主播|女模特|靓妹|靓女|美女|辣妹|女仕|女同胞|女孩子|小美女|"
    r"小妹妹|姐姐仔|(?<![小大老])姐姐(?!们)|厨娘|师奶|"
    # Round 7: slang, dialect and age words for a woman (丫头, 闺女, 公主 in a KTV, 大妈).
    rf"小?丫头|闺女|{_SURNAME}(?:大妈|大婶|婶子|大娘|阿婆)|娘们儿?|老娘们|妹儿|妹仔|女娃|女汉子|"
    r"公主(?!号|裙|房|床|系列|风|病|切|梦|主题|童装)|"
    r"佳丽|小?仙女(?![湖山峰座棒洞庙])|少妇|辣妈|女仔|阿姐|阿妹|家庭主妇|家庭妇女|主妇|"
    # Regional and job-prefixed 妹 (湘妹子, 洗头妹), 妹妹, 嬢嬢 (Sichuan for an aunt).
    r"(?:湘|川|渝|粤|苏|杭|鲁|晋|陕|闽|赣|桂|黔|滇|蜀|湖南|四川|重庆|广东|东北|本地|外地)妹子|"
    r"(?:洗头|打工|按摩|服务|收银|推销|促销|导购|外卖|厂)妹(?![妹子纸])|[女菲印]佣|女傭|"
    r"(?<![小大])妹妹|嬢嬢|孃孃|"
    # Round 7b: 萌妹, 女艺人, OL (office lady, written against Chinese).
    r"萌妹子?|女艺人|(?<![a-z])ol(?![a-z])|"
    # Round 8: 美眉, 小嫚 (Qingdao for a girl), 太太们 (wives addressed), 已经当妈的 (mothers),
    # a counter or front-desk title with 小姐 (柜台小姐), village or middle-aged 妇女.
    r"美眉|小嫚|嫚儿|(?<![王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢])太太们|(?:已经|已)?当(?:了)?妈的|"
    r"(?:柜台|前台|礼仪|促销|接待|迎宾|咨询|售楼)小姐|(?:本村|村里|本地|当地|中年|农村|已婚|已育)妇女|"
    # 御姐 (a mature woman), 学妹 (a younger schoolmate), 伴娘, 点心姐 (Cantonese: dim-sum lady).
    r"御姐|学妹们?|伴娘|点心姐|"
    rf"{_SURNAME}阿婶"
)
