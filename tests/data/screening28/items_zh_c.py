# -*- coding: utf-8 -*-
# Hand-written CLEAN traps, EXEMPTIONS (X) and DECOYS (D), simplified Chinese. Author d28.
# Format: CODES|category|job title|item text  (C=clean, X=exemption labels [], D=decoy labels GENDER)
# THIS FILE CONTAINS THE ANSWERS.
DATA = """
C|gender_open|普工|男女不限，18-50岁，身体健康
C|gender_open|叉车工|性别不限，持叉车证即可
C|gender_open|分拣员|男女均可，夫妻、朋友可一起报名，宿舍分开安排
C|mom_post_open|打包员|妈妈岗：9:00-15:00，欢迎宝妈宝爸
C|mom_post_open|电商客服|适合需接送孩子的求职者，弹性上下班
C|mom_post_open|质检|家长岗：上午场/下午场任选，爸爸妈妈都可以来
C|mom_post_open|数据标注|居家办公，适合照顾家庭的求职者，不限性别
C|clients_marriage|审核专员|负责婚恋平台会员资料审核，核实会员婚姻状况真实性
C|clients_marriage|红娘|婚介门店红娘顾问，为会员匹配对象，底薪+提成
C|clients_marriage|婚庆策划|婚庆公司策划师，负责婚礼现场布置与流程
C|clients_women|客服|负责女装店铺售后，处理退换货
C|clients_women|运营|负责母婴用品店铺运营，熟悉孕妇装、婴儿车类目
C|clients_women|销售|负责孕婴店奶粉销售，会和顾客沟通
C|clients_women|跨境运营|跨境店铺主营女士瑜伽服，负责TikTok Shop投放
C|product_women|仓管|仓库主要存放女鞋和童装，熟悉SKU管理
C|product_women|质检|卫生巾生产线质检员，负责抽检
C|benefit_pregnancy|行政|福利：孕检假、产假、哺乳假按国家规定执行
C|benefit_marriage|焊工|福利：婚假、丧假、年休假，入职缴纳五险一金
C|benefit_marriage|HR|婚检假、产检假带薪
C|benefit_children|运营|员工子女每年发放教育补贴
C|benefit_children|仓管|公司设有母婴室，哺乳期员工每天一小时哺乳时间
C|benefit_family|司机|提供夫妻房及单人宿舍，家属探亲报销路费
C|benefit_family|装卸|宿舍：4人间，男女分住，带独立卫浴
C|zinv_trap|文员|员工子女的暑期托管由工会统一组织
C|zinv_trap|财务|子女教育专项附加扣除由财务统一办理
C|contact_name|焊工|联系人：王女士 138****1234
C|contact_name|钢筋工|联系人：李先生（班组长）
C|contact_name|仓管|简历发送至张小姐邮箱 hr_zhang@example.cn
C|contact_name|普工|报名找刘阿姨，厂门口传达室
C|words_with_nv|销售|负责织女星系列产品的渠道销售
C|words_with_nv|运营|负责“女娲补天”手游的社区运营
C|words_with_nv|地勘|负责女儿河流域水文地质勘察
C|words_with_nan|司机|线路：南宁—男山镇冷链干线
C|words_with_nan|仓管|仓库位于济南市槐荫区男装产业园
C|words_with_yun|运营|负责孕婴童品牌天猫旗舰店运营
C|words_with_hun|质检|负责混凝土试块检测，熟悉回弹仪
C|policy_statement|普工|本公司严格遵守男女平等就业原则
C|policy_statement|技术员|我们欢迎所有性别、所有婚育状况的候选人
C|policy_statement|项目经理|招聘不设性别、婚育限制，体检不含妊娠检查
C|duties_women_clients|讲师|为女性创业者讲授跨境电商课程
C|duties_women_clients|社工|妇联项目社工，负责困境妇女儿童帮扶个案
C|duties_pregnancy_clients|护理|月子中心护理员，照护产妇和新生儿，持母婴护理证
C|duties_pregnancy_clients|客服|孕产App用户运营，解答孕期饮食问题
C|duties_marriage_clients|律师助理|协助律师办理婚姻家事案件
C|duties_children|班车司机|负责员工子女班车接送
C|mom_post_open|团购|兼职团长，时间自由，宝爸宝妈、退休人员、学生都可以
C|mom_post_open|包装|弹性班次可选，方便家长接送孩子，男女不限
C|gender_stats_optional|报名表|性别（选填，仅用于妇联就业统计，不提供给用人单位）
C|physical_neutral|装卸|需能搬运20公斤货箱，能接受冷库作业，男女不限
C|physical_neutral|安装工|需要登高作业，持高处作业证
C|physical_neutral|钢筋工|体力活，需能适应户外高温
C|dorm_gendered|普工|宿舍分男女楼层，水电全免
C|uniform|前台|公司统一发放工装，男女款均有
C|health_check_neutral|厨师|需持健康证，入职体检：血常规、胸透、肝功能
C|health_check_neutral|焊工|入职做职业健康体检（听力、肺功能、血常规）
C|product_men|运营|负责男士护肤品牌抖音店铺
C|product_men|仓管|男装仓库理货，熟悉尺码体系
C|brand_names|销售|销售“好孕来”叶酸片及孕妇奶粉，面向药店渠道
C|brand_names|设计|为婚纱摄影品牌做视觉设计
C|brand_names|运营|负责“小仙女”美妆社区内容审核
C|history_family|行政|公司是家族企业，由兄妹二人创办
C|women_fair_info|招聘会|本岗位参加区妇联女性专场招聘会，现场可面试
C|women_fair_info|直播带岗|今晚妇联直播带岗，主播介绍岗位，欢迎大家投递
C|maternity_leave_info|运营|产假158天，男员工陪产假15天
C|maternity_leave_info|工程师|生育津贴由公司代为申领
C|mothers_as_clients|早教顾问|向宝妈宝爸介绍早教课程，有幼教背景加分
C|mothers_as_clients|社群运营|运营宝妈社群，策划亲子活动
C|marriage_words_other|运维|负责“婚宴预订系统”后台维护
C|marriage_words_other|物流|负责婚庆用品仓的发货调度
C|pregnancy_words_other|质检|负责验孕棒生产线的成品质检
C|pregnancy_words_other|销售|医疗器械销售，产品为B超设备，客户为妇幼保健院
C|age_neutral|普工|年龄18-55岁，身体健康，能适应站立工作
C|height_neutral|保安|身高170以上，男女不限
C|appearance_neutral|前台|仪表整洁，普通话标准
C|gender_open_mix|Ops|Ops专员，gender不限，会SQL
C|gender_open_mix|BD|海外BD，不限性别，English fluent
C|livestream_open|普工|家人们，这个岗位男生女生都要啊，宿舍分开住，放心报
C|livestream_open|打包|宝妈宝爸都可以报，下午三点下班接娃刚刚好
C|wechat_open|打包|朋友圈招人：打包员，男女都行，会用打包机就行，日结
C|agency_open|普工|劳务派遣：普工80名，男女不限，16周岁以上
C|field_open|焊工|性别：不限　学历：不限　证书：焊工证
C|field_open|司机|岗位：货车司机｜性别：不限｜驾照：A2
C|field_open|会计|性别：不限　婚姻：不限
C|female_boss|销售|我们的老板是一位女企业家，做了十五年建材
C|female_team_info|技术|团队里有女工程师也有男工程师，氛围轻松
C|women_training|培训|面向下岗女工开展叉车技能培训，男性学员同样可以报名
C|couples_welcome|普工|夫妻一起来的可申请夫妻房（非招聘条件）
C|breastfeeding_benefit|质检|哺乳期员工不安排夜班，按国家规定执行
C|pregnancy_protect|化验员|孕期员工按规定调离接触有毒有害岗位
C|obf_clean_zw|普工|男\u200b女\u200b不\u200b限
C|obf_clean_html|客服|性别：<b>不限</b>
C|obf_clean_kangxi|文员|⼥职工享受三八节半天假
C|short_clean|钢筋工|钢筋工10名，日结350，包吃住
C|short_clean|快递|快递分拣夜班，22:00-06:00，计件
C|short_clean|冷链|冷链司机，C1，跑市区
C|short_clean|水泥厂|水泥厂中控员，会DCS
C|short_clean|电商|跨境电商选品，懂Amazon后台
C|short_clean|钢厂|钢厂天车工，持证上岗
C|short_clean|物流|物流园调度员，会用TMS
C|short_clean|工地|工地资料员，熟悉品茗软件
C|short_clean|矿山|矿山地测员，会CAD和南方CASS
C|short_clean|创业公司|前端工程师，React，远程可
C|tech_slang|产品经理|负责0到1搭建SaaS产品，抓手清晰，能对齐颗粒度，闭环落地
C|tech_slang|增长|Growth Hacker，负责DTC独立站GMV增长，懂ROI和LTV
C|tech_slang|后端|后端开发，Go/K8s，能扛住大促流量
C|men_in_text_clean|班组长|班组现有兄弟伙12人，来了都是一家人（男女不限）
C|gender_words_clients|导购|负责女装门店陈列与导购，男女不限
C|school_run_open|客服|上班时间8:30-16:30，方便接送孩子，父母均可申请
C|family_friendly|行政|支持员工家庭照护需求，可申请远程办公
C|maternal_insurance|HR|负责办理员工生育保险、产假备案
C|children_products|仓管|童装仓仓管，熟悉季节性备货
C|wedding_industry|摄影|婚纱摄影师，作品集说话
C|daughter_words|运营|负责“女儿红”黄酒电商店铺
C|kids_as_clients|体能教练|少儿体能教练，带3-12岁孩子上课
C|mother_words_other|运营|负责母亲节大促活动策划
C|women_day|行政|负责三八妇女节员工活动组织
C|resume_privacy|HR|简历无需填写婚姻、生育、性别信息
C|pregnancy_word_law|法务|熟悉《女职工劳动保护特别规定》，负责公司合规审查
C|nanny_open|家政|育婴员，持证，男女不限
C|couple_house|司机|有家属随行的可安排夫妻房
C|gendered_toilets|普工|车间配男女更衣室、淋浴间
C|hr_text_stats|HR|负责统计员工男女比例，上报工会
"""
