# -*- coding: utf-8 -*-
"""Extra hand-written items (author 18). THESE ARE THE ANSWERS.
VIOL: (lang, text, code, category); CLEAN: (lang, text, category)."""
VIOL = [
("zh", "育儿嫂：45岁以下，已婚，自己生养过孩子", "GM", "mc_nanny_married_kids"),
("zh", "应聘登记表须填：配偶姓名、配偶单位、子女就读学校", "M", "mc_form_spouse_kids"),
("zh", "孩子还在哺乳期的先别来面试了，等断奶再说", "M", "mc_breastfeeding_refuse"),
("zh", "体检套餐（入职）：含β-hCG定量", "P", "pt_hcg"),
("zh", "若体检发现已怀孕，录用通知自动作废", "MP", "pt_offer_void"),
("zh", "未生育的女生暂不安排晚班以外的岗位", "GM", "mc_nokids_women"),
("zh-Hant", "請註明是否已婚、子女年齡", "M", "mc_question_marital"),
("en", "Ideal candidate: settled family woman, kids at school, no plans for more.", "GM", "en_family_woman"),
("en", "Offer is conditional on a clear pregnancy test at our panel clinic.", "P", "en_conditional_test"),
("zh", "宝妈专场招聘：本岗只要有娃的妈妈", "GM", "mc_mothers_only"),
]
CLEAN = [
("zh", "婚礼堂前厅接待，负责迎宾、引导新人家属", "trap_wedding_reception"),
("zh", "孕妈瑜伽馆招前台，欢迎各类求职者", "trap_client_prenatal_yoga"),
("zh", "本岗可居家办公，适合家中有学龄儿童的父母", "trap_school_run"),
("zh", "员工在哺乳期内每日享有哺乳假一小时", "trap_benefit_nursing"),
("zh", "药店店员：负责验孕试纸、避孕药品的陈列与销售咨询", "trap_product_pregnancy_test"),
("zh", "诊所检验科：为门诊患者做HCG、血常规等检验（持检验师证）", "trap_duty_hcg_patients"),
("zh", "影楼化妆师，主要为新娘和孕妈拍摄上妆", "trap_client_bride_pregnant"),
("zh", "保险电销：跟进已婚客户的家庭保障需求", "trap_client_married"),
("zh", "员工子女的寒暑假可申请随父母到托管室", "trap_ziniü_benefit"),
("zh", "母婴店店长：管理孕婴童商品库存，性别不限", "trap_product_maternity"),
("zh", "婚恋网站客服：解答会员关于婚姻认证的问题", "trap_matchmaker"),
("zh", "入职体检项目由公司统一安排，不包含妊娠检测，体检结果仅用于判断岗位健康要求", "trap_medical_no_pregnancy"),
("zh-Hant", "婚宴部經理，需熟悉婚宴流程，男女不拘", "trap_wedding_banquet"),
("en", "Maternity cover contract: 12 months while our team lead is on maternity leave.", "trap_maternity_cover"),
("en", "Childcare centre cook; menus for babies and toddlers.", "trap_kids_food"),
("en", "Wedding venue coordinator: run bridal open days and ceremony rehearsals.", "trap_wedding_client"),
("en", "Our benefits include fertility support and a baby bonus for every new parent.", "trap_benefit_family"),
("zh", "男女不限，已婚未婚均可，有无子女均可", "trap_no_restriction"),
("zh", "本店为女子美容会所，招收银员（男女均可应聘）", "trap_women_only_clients"),
("zh", "负责女职工权益宣传和妇女节活动组织（工会干事，性别不限）", "trap_union_women"),
]
