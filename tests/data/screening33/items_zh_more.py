# d33 answers: more simplified-Chinese items (violating, clean, exemption). Format: job|item|labels|category
RAW = """
编外食堂工勤|报名条件：（一）具有本市户籍；（二）男性，年龄45周岁以下；（三）身体健康|G|field_value_gender
编外收费员|招聘对象：女性，35周岁以下，五官端正，身高158cm以上|G|appearance_women
乡镇农技站编外|农技推广员2名（限男），畜牧防疫员1名（男女不限）|G|job_then_gender
超市导购|报名表：姓名＿ 性别＿ 婚否＿ 子女＿|M|spouse_children_question
生鲜店长|店长：男；副店长：女|G|job_then_gender
代驾|招代驾兄弟若干，晚上跑单|G|gendered_noun
外卖|骑手要能吃苦的汉子|G|gendered_noun
后厨|厨房打荷，限男，35岁以下|G|men_only
茶饮店|店员：限女，形象好气质佳|G|appearance_women
食品厂|本岗位女性不予考虑|G|exclusion
电商仓|仓库主管仅考虑男性候选人|G|men_only
果园|摘果工女的就行，男的去装车|G|job_then_gender
农村电商|招聘男运营一名|G|men_only
超市|生鲜称重员（女）3名|G|bracket_gender
冷库|单证员招男孩子|G|gendered_noun
食堂|大师傅要男的，面点阿姨要女的|G|job_then_gender
分拣包装工|这个岗位啊只要男生，女生家人们就别投了哈|G|exclusion
分拣包装工|这个客服岗只要宝妈，时间超级自由|G,M|mothers_only
分拣包装工|这个岗位体检要查怀孕，女生家人们注意一下哈|P|pregnancy_test
分拣包装工|要已婚的啊家人们，未婚的公司说不稳定|M|married_required
前台|招个前台妹子，长得好看的优先|G|appearance_women
菜市场|猪肉摊招男工，会剁骨|G|men_only
食品厂|生产线：女性优先，夜班：男性优先|G|gender_preference_split
快递驿站|女性工作人员需提供近三个月内未孕检查报告|P|pregnancy_test
中央厨房|入职前须做妇科检查含妊娠项目|P|pregnancy_test
超市|生育过的女性优先，不会再请产假|G,M|childbearing_status
养殖场|最好已经生完二胎的|M|childbearing_status
食品厂|哺乳期内的暂不录用|M|breastfeeding_refusal
团餐公司|面试问题：您的爱人是做什么的？孩子谁带？|M|spouse_children_question
网约车车队|要求：男，已婚，有家庭责任感|G,M|married_men
冷库文员|女，22-30岁，未婚未育优先|G,M|unmarried_women
果园|招聘要求：女，身高155以上，体重110斤以下|G|appearance_women
代驾客服|限女，声音好听，未婚|G,M|unmarried_women
早餐店|招个阿姨做早点，45到55岁|G|gendered_noun
农场|招聘岗位：农机手（男）、记账员（女）|G|job_then_gender
后厨|要求：男、女各一名，男的掌勺女的切配|G|job_then_gender
农村电商|男女不限，会打字即可||gender_neutral
分拣包装工|这个岗位男生女生都可以投，宝妈宝爸也欢迎||parents_welcome
分拣包装工|这家食品厂是孕婴辅食品牌，岗位是质检员，男女都要||product_infant
分拣包装工|公司福利有婚假产假，还有孕检假，很人性化||benefit_pregnancy
编外食堂工勤|报名条件：年龄18-45周岁，身体健康，性别不限||gender_neutral
食堂工勤|招聘计划：食堂厨师2名、保洁员1名，不限性别||gender_neutral
超市|报名表：姓名＿ 电话＿ 可上班时间＿||plain_form
生鲜店|店长1名、副店长1名，男女不限||gender_neutral
农场|农机手、记账员各1名，不限性别||gender_neutral
外卖|骑手兄弟姐妹们，站点新增补贴||both_welcome
快递驿站|妈妈岗：每天工作5小时，父母均可申请，接送孩子不耽误||mum_post_open
中央厨房|设置"妈妈岗"，面向所有有照护责任的员工||mum_post_open
团餐公司|服务客户包括妇幼医院、女子学校、老年公寓||client_women
农产品直播|主播男女不限，会说方言加分||gender_neutral
冷库|员工宿舍分男宿舍和女宿舍，均为四人间||dorm_gender
果园|有男女分开的浴室和宿舍||dorm_gender
食品厂|男女更衣室分设，工衣每日清洗||dorm_gender
代驾|女乘客可选择女代驾服务，司机男女都招||client_women
养殖场|负责母鸡产蛋记录，公鸡与母鸡分群饲养||animal_female
奶牛场|负责奶牛配种与孕检（B超检测母牛妊娠）||animal_pregnancy
猪场|母猪妊娠舍饲养员，负责妊娠母猪饲喂与孕检||animal_pregnancy
屠宰场|对公牛母牛分开检疫，检疫员男女不限||animal
婚恋平台客服|客服需向会员核实是否单身，确保会员资料真实||client_marriage
婚庆公司|统计新人的婚期、宾客人数，安排婚车||client_wedding
母婴店|给孕妈推荐孕妇奶粉，耐心细致||client_pregnant
产后修复中心|前台接待来访宝妈，预约登记||client_mothers
月子会所|厨房需按孕产妇饮食禁忌备餐||client_mothers
超市|生鲜区新推出"宝妈套餐"蔬菜组合，需理货员||product_name_mama
食品厂|本厂产品"妈妈味道"辣酱，招灌装工，男女不限||product_name_mama
冷库|员工生育后可申请调休一个月||benefit_pregnancy
中央厨房|员工结婚公司送礼金||benefit_marriage
快递|员工子女考上大学奖励2000元||benefit_children
外卖站|女骑手专属休息室已建成||benefit_women
果园|不问婚否，不问年龄，能干活就行||eo_statement
养殖场|体检只查乙肝和健康证项目||health_check_plain
屠宰场|入职体检：血常规、肝功、胸透||health_check_plain
面粉厂|搬运工（男），袋装面粉每袋25公斤，一天上下货三百多袋||exemption_load
砖厂|出窑工只招男，人工搬运砖坯，劳动强度大（四级体力劳动）||exemption_intensity
化肥厂|装车工男性，每袋50公斤，全靠人工扛||exemption_load
蔬菜批发|卸货工（限男）：每件冬瓜筐约40公斤，单人卸车||exemption_load
粮站|收粮季扛麻袋工，男，每袋约100斤||exemption_load
金矿|井下爆破工，只招男性||exemption_underground
"""
ITEMS = []
for line in RAW.strip().splitlines():
    job, item, labs, cat = line.split("|")
    ITEMS.append(("zh", job, item, [x for x in labs.split(",") if x], cat))
