# -*- coding: utf-8 -*-
# Author 15, hand-written. THIS FILE CONTAINS THE ANSWERS (labels) of the corpus.
# More clean items, simplified Chinese (county and village ads). Tuple as in items_zh_v.py.
LANG = "zh"
ITEMS = [
("C", "", "trap_client_women", "村医助理", "协助村卫生室做好孕产妇和0-6岁儿童健康档案录入", None),
("C", "", "trap_client_women", "农技员", "为留守妇女开展果树修剪技术培训，懂嫁接", None),
("C", "", "trap_client_women", "调解员", "司法所人民调解员，调解婚姻家庭纠纷和邻里纠纷", None),
("C", "", "trap_product", "直播带货", "直播间卖农家土鸡蛋和红糖，说月子里吃得上，口才好就行，不限男女", "live"),
("C", "", "trap_product", "销售", "销售婚庆喜糖礼盒和喜酒，逢年过节旺季有提成", None),
("C", "", "trap_product", "服装厂车位", "童装和女童裙车位工，计件，熟手优先", None),
("C", "", "trap_benefit_leave", "物流员", "员工可带子女参加年会亲子活动", None),
("C", "", "trap_benefit_leave", "食品厂", "享受生育津贴和生育保险，按规定报销", None),
("C", "", "trap_benefit_leave", "保安", "夫妻同在园区工作可申请同一班次，非录用条件", None),
("C", "", "trap_word_containing", "文员", "工作地址：妇幼保健院对面电子商务产业园二楼", None),
("C", "", "trap_word_containing", "营业员", "烟酒店营业员，酒类外包装上“孕妇慎饮”等提示需向顾客说明", None),
("C", "", "trap_word_containing", "普工", "厂址：男岭镇工业集中区，有班车从县城发车", None),
("C", "", "trap_word_containing", "厨师", "食堂厨师，会做女婿面、臊子面等面食", None),
("C", "", "trap_word_containing", "讲解员", "红色教育基地讲解员，讲解八女投江等英雄事迹", None),
("C", "", "trap_word_containing", "小学教师", "乡村小学代课教师，负责三年级男生女生的语文教学", None),
("C", "", "trap_contact_name", "普工", "报名点：村委会，找妇女主任李大姐登记", "broadcast"),
("C", "", "trap_contact_name", "驾校教练", "咨询电话：周教练或者钱女士", None),
("C", "", "trap_mama_post_open", "来料加工", "村里的来料加工点，老人、带孩子的爸爸妈妈、残疾人都可以来领活", "broadcast"),
("C", "", "trap_mama_post_open", "超市理货", "上午班8点到12点，方便家里有小孩的员工，任何人都可申请", None),
("C", "", "trap_gender_open", "保洁", "保洁员，男女都要，60岁以内身体好", None),
("C", "", "trap_gender_open", "采茶工", "采茶工50名，男女老少都能干，按斤计价", "broadcast"),
("C", "", "trap_gender_open", "前台", "前台接待，性别、户籍不限，普通话标准", None),
("C", "", "trap_gender_open", "主播", "招聘带货主播，男主播女主播都要，底薪加提成", "live"),
("C", "", "trap_not_condition", "劳务派遣", "派遣员工享有与正式工同等的产假和哺乳假", "broker"),
("C", "", "trap_not_condition", "驻外技术员", "驻外补贴按月发，已婚未婚一样标准", None),
]
