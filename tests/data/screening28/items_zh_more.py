# -*- coding: utf-8 -*-
# Extra hand-written CLEAN traps and EXEMPTIONS, simplified Chinese. Author d28.
# THIS FILE CONTAINS THE ANSWERS.
DATA = """
C|benefit_pregnancy|质检|怀孕员工可申请调至白班，产检时间计入出勤
C|benefit_children|普工|暑假员工子女可入住厂内托管班，费用工会承担
C|clients_marriage|客服|婚恋App客服，处理会员关于相亲匹配的投诉
C|clients_women|运营|负责“她经济”赛道女性用户增长，做小红书种草
C|product_women|仓管|内衣电商仓，负责文胸、睡衣等SKU的上架盘点
C|words_with_nv|质检|负责子母扣、母线槽等配件检验
C|words_with_nv|采购|采购女儿墙用压顶砖和防水卷材
C|words_with_nan|工程师|负责南水北调配套管网项目，驻河南南阳
C|mom_post_open|分拣|妈妈岗（家长岗）：10:00-15:00，不限性别，带娃的爸爸也欢迎
C|mom_post_open|客服|居家客服，时间可自选，适合照顾老人小孩的求职者
C|gender_open|电工|持低压电工证，男女不限，能值夜班
C|gender_open|装载机司机|装载机司机，性别不限，有证即可
C|livestream_open|仓管|这个岗位呢，不看性别不看婚否，只看你会不会用扫码枪
C|policy_statement|招聘|我司招聘不问婚育，入职体检不查怀孕
C|contact_name|技术员|联系人：周女士，人事部
C|contact_name|普工|咨询请找门卫老孙或者赵姐
C|duties_pregnancy_clients|销售|向妇产医院推广胎心监护仪
C|duties_marriage_clients|摄影|给新人拍婚纱照，会修图
C|dorm_gendered|装卸|宿舍男女分区，门禁刷卡，有空调热水
C|physical_neutral|搬运|货物配液压搬运车和助力臂，单人搬运不超过15公斤，男女不限
C|tech_slang|运营|负责私域链路搭建，拉新促活，跑通SOP，女性用户为主的美妆品牌
C|obf_clean_zw|客服|欢迎\u200b宝妈\u200b宝爸
C|obf_clean_fullwidth|分拣|性别：不限，ＱＱ群：123456
C|maternity_leave_info|HR|负责员工产假、育儿假、独生子女护理假的审批
C|short_clean|钢厂|炼钢厂炉前工，三班倒，持证
C|short_clean|仓储|冷库理货员，穿防寒服作业，-18℃
X|underground_mining|井下运输工|井下运输工：在矿井下开电机车运矿石，要求男性
X|heavy_load|混凝土|人工搅拌和搬运水泥袋（每袋50kg），整日重复，限男
X|intensity_4|炉前工|炼钢炉前人工扒渣，体力劳动强度第四级，只招男性
X|heavy_load|快递装卸|大件快递装卸：单件30公斤以上家电，人工搬运装车，男性
"""
