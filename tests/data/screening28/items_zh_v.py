# -*- coding: utf-8 -*-
# Hand-written VIOLATING items, simplified Chinese. Author d28 (industry voice).
# Format per line: CODES|category|job title|item text   (CODES: G=GENDER M=MARRIAGE_CHILDBEARING P=PREGNANCY_TEST)
# THIS FILE CONTAINS THE ANSWERS.
DATA = """
G|gender_field_value|塔吊司机|性别：男，持建筑起重机械司机操作证，能适应高空作业
G|gender_field_value|仓库管理员|要求：男，45岁以下，会用WMS系统，能看懂出入库单
G|job_then_gender|综合岗|招：资料员 女1名；安全员 男2名；施工员 男3名
G|job_then_gender|项目部|项目部现招 出纳（女士）1名、测量员（男士）2名，长期驻场
G|bracket_gender|质检|QC质检员（男）若干，需倒班
G|bracket_gender|行政|行政前台（限女）1名，负责工地大门访客登记
G|men_only|钢筋工|钢筋班组招人，只要男的，手脚麻利，会看图纸
G|men_only|跟单|外贸跟单，仅招男生，需经常出差去供应商工厂
G|women_only|分拣|快递分拣线招小妹若干，手快眼尖，计件工资
G|women_only|包装工|包装车间只招女工，手工活，坐着干
G|women_only|客服|跨境电商客服，限女生，英语四级，负责亚马逊邮件回复
G|men_preferred|设备维修|设备维修技术员，男性优先，懂PLC
G|slang_xiaojiejie|主播|直播间招带货小姐姐，颜值在线，会聊天
G|slang_shuaige|装卸|招帅小伙三名，冷库装卸，包吃包住
G|slang_xiaomei|流水线|电子厂流水线急招：16-35岁小妹妹，计时26元
G|slang_dajie|保洁|宿舍楼保洁，招阿姨两名，50岁以内
G|slang_dage|保安|工地门卫招大哥一名，退伍军人优先
G|suitable_for_men|技术员|此岗位适合男性，需要经常下工地跑现场
G|suitable_for_women|质检|本岗位更适合女同志，工作细致
G|mainly_men|运维|运维团队以男性为主，需要能值夜班的同学
G|ratio|普工|普工50名（男女比例7:3）
G|ratio|分拣员|分拣员20人，其中男15人、女5人
G|appearance_women|前台|女，身高162以上，五官端正，形象气质佳
G|appearance_women|礼仪|展会礼仪岗：女生，身高165cm+，体重不超过55kg
G|appearance_women|销售|售楼处置业顾问：女性，25岁以下，形象好，身材匀称
G|appearance_women|主播|女主播，要求瓜子脸、皮肤白，上镜好看
G|exclude_women|施工员|女生勿扰，工地条件艰苦
G|exclude_women|夜班主管|夜班主管，不考虑女性
G|exclude_men|收银|超市收银，男的就别来了
G|pronoun_he|算法|我们需要一位算法大牛，他要能独立带项目，他的代码要能上生产
G|pronoun_she|助理|招一名老板助理，她需要打理老板日常行程
G|men_preferred_pinyin_free|安全员|安全员：需要男同志，持C证
G|women_student|实习|仓储实习生，女同学优先
G|men_teacher|幼师|招男幼师一名，带体能课
G|gender_wechat|打包|朋友圈急招：打包员，要女的，会用打包机就行，日结
G|gender_livestream|分拣|家人们看过来！这个岗位只要男生啊，女生我们下一个岗位再说
G|gender_agency|普工|劳务派遣：招男工80名，女工不要
G|gender_field_value|装配工|招聘人数：10　性别要求：女　年龄：18-40
G|gender_field_value|焊工|性别：限男　学历：不限　证书：焊工证
G|gender_field_value|司机|岗位：货车司机｜性别：男｜驾照：A2
G|implied_gender|BD|招聘商务BD：要求男，酒量好，能陪客户
G|implied_gender|调度|需要男孩子，吃得了苦，能熬夜排车
G|gender_title|会计|诚聘女会计，有建筑行业账务经验
G|gender_nouns|文员|招文员妹子一枚，办公室吹空调
G|gender_nouns|搬运|招壮汉数名，日结300
G|gender_preference_soft|产品经理|团队全是工程师，希望来个男生好沟通
G|gender_preference_soft|HR|HRBP，团队想平衡一下性别，这次优先考虑女生
G|appearance_women|空乘式前台|女，身高160-170，无纹身，无明显疤痕，普通话标准
G|appearance_women|跨境电商模特|女模特，身高168以上，腰围65以下
G|gender_ratio_livestream|主播助理|这个岗位呢只招女孩子，男孩子可以看看我们仓库岗
G|gender_age_bar|营业员|男45岁以下，女35岁以下
G|gender_obfuscated_zw|司机|限\u200b男\u200b性，持B2驾照
G|gender_obfuscated_kangxi|文员|限⼥性，会打字，会Excel
G|gender_obfuscated_html|保安|要求：<b>男</b>性，身高175以上
G|gender_obfuscated_pinyin|搬运工|搬运工 限nan 能吃苦
G|gender_obfuscated_fullwidth|客服|性別：女，ＱＱ：不限
G|gender_obfuscated_emoji|主播|招👩女👩生主播，可兼职
G|gender_obfuscated_space|工程师|只 招 男 性
G|gender_obfuscated_homophone|司机|招蓝生司机，跑长途
M|marriage_field|仓管|婚姻：已婚，本地户口
M|marriage_field|财务|婚育：已婚已育
M|marriage_field|采购|婚姻状况：已婚者优先
M|unmarried|销售|要求未婚，能接受外派东南亚
M|unmarried|客服|单身优先，能接受倒班
M|couple_workers|普工|夫妻工优先，提供夫妻房
M|couple_workers|食堂|招夫妻工一对，一个打荷一个炒菜
M|children_age|文员|孩子需已上小学，能正常加班
M|children_age|运营|小孩3岁以上，家里有老人带
M|birth_pledge|行政|入职后两年内不得生育
M|birth_pledge|会计|需签署三年内不要孩子的承诺书
M|birth_timetable|HR|已有生育计划的请勿投递
M|pregnancy_dismissal|质检|试用期内怀孕视为自动离职
M|pregnancy_refuse|文员|孕妇勿扰
M|pregnancy_refuse|前台|怀孕及备孕人员不予录用
M|spouse_question|销售|面试时请说明配偶工作单位及孩子情况
M|children_question|跟单|报名表请填写：子女数量____ 子女年龄____
M|marriage_question|主管|面试会问：结婚了吗？打算什么时候要孩子？
M|childcare_condition|司机|家中无需照顾小孩，能随时出车
M|breastfeeding_refuse|包装|哺乳期人员暂不考虑
M|married_preferred|店长|已婚已育优先，稳定性好
M|no_children|主播|要求没有孩子，能全身心投入直播
M|marriage_livestream|仓管|这个岗位老板说了要已婚的，稳定一点，没结婚的就先不要投了啊
M|birth_timetable|运营|近两年有二胎打算的慎投
M|marriage_obfuscated_zw|出纳|已\u200b婚\u200b已\u200b育
M|marriage_obfuscated_html|文员|婚<span>育</span>：未婚
M|children_count|仓管|只有一个孩子的优先，二胎三胎家庭不考虑
M|pregnancy_dismissal|销售|员工在合同期内怀孕的，公司有权调岗降薪
P|pregnancy_test|电子厂|入职体检含妊娠检查
P|pregnancy_test|财务|需提供未孕证明
P|pregnancy_test|行政|入职前需出具无孕证明
P|pregnancy_test|质检|体检项目：血常规、肝功能、B超排除怀孕
P|pregnancy_test|仓库|入职体检加测HCG
P|pregnancy_test|客服|入职需现场验孕
P|pregnancy_test|前台|体检需包含早孕检测
P|pregnancy_test|文员|女性应聘者须提交近一周的尿妊娠试验报告
P|pregnancy_test_obf|普工|体检：验\u200b孕
GM|mothers_only|电商客服|仅限宝妈，在家就能做，手机操作
GM|mothers_only|分拣|招聘宝妈，上午9点到下午3点，方便接孩子
GM|mothers_only|打包|宝妈优先，时间自由
GM|mothers_only|质检|限已育女性，30-45岁
GM|mothers_only|客服|宝妈专属岗，宝爸勿扰
GM|married_women|销售|已婚女性，有孩子，有家庭责任感
GM|women_unmarried|主播|女，未婚，20-28岁，形象佳
GM|women_married_no_kid|文员|女，已婚已育，35岁以内
GM|gender_marriage_field|会计|性别：女　婚姻：已婚
GM|gender_and_pledge|助理|限男性；女性须承诺三年内不生育
GM|mothers_only_wechat|团购|宝妈兼职群招人！只要宝妈，带娃也能赚钱
GM|mothers_only_obf|客服|仅限宝\u200b妈
GP|women_test_only_restriction|普工|限女工，入职体检含孕检
GP|women_test_only_restriction|质检|女，入职须提供未孕证明
MP|pregnancy_test_and_dismissal|文员|入职体检含妊娠试验，孕期人员不予录用
MP|pledge_and_test|行政|需提供无孕证明，并承诺两年内不生育
GMP|all_three|前台|女，未婚，入职需做孕检
G|gender_in_requirements|物流专员|任职要求：1.男，28-40岁；2.有冷链物流经验
G|gender_in_requirements|安全主管|1、男士，持注册安全工程师证；2、能适应出差
G|gender_in_requirements|外贸业务|1. 女，英语口语流利；2. 有阿里国际站经验
G|job_then_gender|劳务公司|需求：焊工 男10；钳工 男5；品检 女3
G|job_then_gender|物流园|装卸工（男）20名　理货员（女）5名
G|only_men_team|程序员|我们是纯爷们团队，希望来的也是兄弟
G|gender_quota_women|招投标专员|本岗位不招男生
G|gender_pref_phrase|出纳|女士为佳
G|appearance_women|直播带货|女，身材好，有镜头感，颜值高
G|gender_refuse_soft|钢结构设计|女生慎投，需常驻工地
G|ratio_mostly|普工|招普工30名，以女工为主
G|gender_pref_livestream|叉车|叉车岗我们要男同志哈，女同志可以报品检
M|marriage_pref|保管员|有家室者优先
M|children_grown|保洁|孩子已成年，无家庭负担
M|married_stable|仓库主管|已成家，工作稳定
M|spouse_question|运营|简历请注明配偶职业
M|pregnancy_plan_q|销售|面试问题之一：近期是否有怀孕打算？
M|marriage_field|业务员|婚姻：未婚 / 已婚均可，已婚优先
G|gender_field_table|预约岗位|岗位名称：铲车司机；招聘人数：3；性别：男；年龄：25-50
G|men_only_english_mix|Ops|Ops专员，male only，会SQL
G|women_only_mix|跨境运营|亚马逊运营 girl优先，会Listing优化
GM|mothers_preferred_mix|社群运营|宝妈 first，居家办公
G|women_only_warehouse|拣货员|冷链仓拣货员，只要女的，手脚快
G|gender_bracket_title|财务主管|财务主管（女）
G|exclude_women_mine_office|办公室文员|矿区办公室文员，女性不予考虑
M|children_school|客服|孩子已上幼儿园的优先
M|no_pregnancy_in_probation|会计|试用期内不得怀孕
M|marriage_single_required|外派|仅限单身，能常驻印尼工地
"""
