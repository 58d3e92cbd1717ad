# -*- coding: utf-8 -*-
# Hand-written obfuscated items (THESE ARE THE ANSWERS). (lang, labels, category, text)
ITEMS = [
("zh","G","obf_zero_width","只招\u200b女\u200b生，日结150"),
("zh","G","obf_kangxi","限\u2f25性，形象好"),
("zh","G","obf_fullwidth","性别：ｎｖ（女），身高１６０＋"),
("zh","G","obf_html","仅<b>男</b>性，能搬东西"),
("zh","G","obf_pinyin","限nv生，私聊发照片"),
("zh","G","obf_emoji","只要👧女👧生，男的划走"),
("zh","G","obf_homophone","只招囡囡，男孩子不要哈"),
("zh","G","obf_spaced","限 男 性 ， 需 夜 班"),
("zh","M","obf_zero_width","婚\u200c育：已\u200d婚已育"),
("zh","GM","obf_pinyin","只要baoma，时间灵活"),
("zh","P","obf_html","体检含<span>妊</span>娠检查"),
("zh","M","obf_kangxi","婚育状况：已婚已育，有\u2f26女者优先"),
("zh-Hant","G","obf_zero_width","只\u200b限\u200b女\u200b生，時薪180"),
("en","G","obf_spaced","F E M A L E  only, promo staff"),
("en","G","obf_fullwidth","Ｇｅｎｄｅｒ：Ｍａｌｅ"),
("en","G","obf_zero_width","wo\u200bmen on\u200bly please, hostess gig"),
# clean obfuscated
("zh","","clean_obf_zero_width","男\u200b女\u200b不限，学生党也可"),
("zh","","clean_obf_fullwidth","不限性别，ＱＱ群里接龙报名"),
("en","","clean_obf_html","<b>All genders</b> welcome, no experience needed"),
("zh","","clean_obf_kangxi","\u2f25装店铺客服（男女均可）"),
]
