# d33 answers: simplified-Chinese violating items. Format: job|item|labels|category
RAW = """
分拣工|要求：男，18-45岁，能吃苦|G|field_value_gender
采摘工|限女工，手脚麻利|G|women_only
冷库搬运助理|冷库理货员 男3名 / 开票员 女1名|G|job_then_gender
后厨帮工|帮厨（男）2名，能早起|G|bracket_gender
外卖骑手|只招小伙子，有电动车优先|G|gendered_noun
跑腿员|招帅小伙，熟悉本地路线|G|gendered_noun
收银员|招小妹2名，18-25岁，形象好|G|appearance_women
生鲜理货|男性优先，能适应早班|G|men_preferred
食堂打菜员|打菜阿姨若干，55岁以下|G|gendered_noun
包装工|女性为主，需坐得住|G|women_mainly
代驾司机|仅限男司机，驾龄3年以上|G|men_only
面点师|面点师傅（限男）|G|bracket_gender
养殖场饲养员|性别：男　年龄：25-50|G|field_value_gender
电商客服|招聘女客服，声音甜美|G|women_only
网店主播|女主播，身高165以上，五官端正|G|appearance_women
超市导购|导购小姐姐3名，颜值高者优先|G|appearance_women
快递驿站管理员|男的优先，女的不考虑|G|exclusion
菜场摊位帮工|招个男帮手，会骑三轮|G|men_only
中央厨房质检|质检员：女，大专以上|G|field_value_gender
农场技术员|该岗位不适合女性，请女士勿投|G|exclusion
果园会计|会计 女士1名 出纳 女士1名|G|job_then_gender
冷库叉车工|叉车司机要男的|G|men_only
外卖站点文员|文员限女，会用电脑|G|women_only
网约车司机|车队只招男性驾驶员|G|men_only
养殖场兽医助理|兽医助理，男，有畜牧专业背景|G|field_value_gender
农家乐服务员|服务员要年轻女孩，身材匀称|G|appearance_women
食品厂化验员|化验员（女性）1名|G|bracket_gender
饭店传菜|传菜员招男生，前厅招女生|G|job_then_gender
火锅店服务员|女服务员身高158cm以上，男服务员不限|G|appearance_women
农资门店销售|适合男性，需经常下乡|G|suitable_for_men
超市收银|收银组目前全是女孩，这次也只招女孩|G|women_only
屠宰场检疫员|检疫员男士优先考虑|G|men_preferred
中央厨房切配|切配工以男性为主|G|men_mainly
茶叶采摘|采茶女工若干，按斤计价|G|gendered_noun
蔬菜基地管理|基地主管要男同志|G|men_only
便利店夜班|夜班只要男的，女的夜班不安全不招|G|exclusion
团餐配送司机|配送员：限男性，C1驾照|G|men_only
直播选品|选品助理，女孩子优先，要细心|G|women_preferred
农村电商运营|运营专员，男，能出差|G|field_value_gender
菜市场管理员|市场巡查员招男性退伍军人|G|men_only
酒楼迎宾|迎宾要女的，身高163以上，不胖|G|appearance_women
冷链调度|调度员：男（能值夜班）|G|bracket_gender
快递员|快递员小哥若干，多劳多得|G|gendered_noun
鸡场捡蛋工|捡蛋工要大姐，细心手轻|G|gendered_noun
外卖站长|站长岗位男士优先，需管理骑手|G|men_preferred
蛋糕店裱花|裱花师，仅限女性|G|women_only
肉类分割|分割工只招男工|G|men_only
电商打包|打包员不要女的，干不动|G|exclusion
农场讲解员|讲解员要女性，形象气质佳，身高160+|G|appearance_women
早餐店帮工|招男女各一名，女的负责收银，男的负责蒸包子|G|job_then_gender
中央厨房文员|文员：已婚已育女性优先|G,M|married_women
食堂服务员|要求已婚，年龄35-50|M|married_required
养殖场夫妻工|夫妻工优先，提供单间|M|couples_preferred
果园管理|招夫妻两口子看果园，有住处|M|couples_preferred
冷库统计员|婚育：已婚已育|M|field_value_marriage
外卖客服|婚姻状况：未婚|M|field_value_marriage
食品厂化验|已婚已育者优先录取|M|married_preferred
超市会计|要求未婚，能长期稳定工作|M|unmarried_required
生鲜电商运营|单身优先，能加班|M|single_preferred
后厨帮工|孩子已上初中的优先，不用请假接送|M|children_age
收银员|小孩在12岁以下的不考虑|M|children_age
农场文员|入职两年内不得怀孕|M|birth_timetable
食品厂质检|需签订三年内不生育承诺书|M|no_birth_pledge
中央厨房统计|怀孕视为自动离职|M|pregnancy_dismissal
面包店店员|孕妇勿扰|M|pregnancy_refusal
农村电商客服|面试时请说明配偶工作单位及子女情况|M|spouse_children_question
快递驿站店长|你结婚了吗？有几个孩子？（面试必问）|M|spouse_children_question
冷链仓管|已育二胎或不打算再生育者优先|M|childbearing_plan
团餐公司行政|近期有生育计划的请勿投递|M|childbearing_plan
超市理货|哺乳期员工不予录用|M|breastfeeding_refusal
果蔬包装|怀孕满三个月须主动辞职|M|pregnancy_dismissal
养殖场会计|已婚未育者慎投|M|childbearing_status
食品厂行政|报名表需填写：婚否、子女数量、子女年龄|M|spouse_children_question
代驾车队客服|婚育要求：已婚|M|field_value_marriage
冷库文员|入职体检含妊娠检查|P|pregnancy_test
食品厂操作工|入职需提供未孕证明|P|pregnancy_test
中央厨房配菜|体检项目：血常规、胸片、尿妊娠试验|P|pregnancy_test
超市收银|女性应聘者需做B超排除怀孕|P|pregnancy_test
屠宰场包装|女工入职前须查HCG|P|pregnancy_test
养殖场财务|需提供医院开具的无孕证明|P|pregnancy_test
团餐配餐员|入职体检包含验孕项目，费用公司承担|P|pregnancy_test
农场统计|女职工体检加查孕检一项，阳性不予录用|P,M|pregnancy_test_refusal
食品厂质检员|限女性，入职查妊娠|G,P|women_only_pregnancy_test
中央厨房包装|仅限宝妈，时间灵活|G,M|mothers_only
电商客服|宝妈优先，可居家|G,M|mothers_preferred
社区团购团长|招聘宝妈团长，在家就能做|G,M|mothers_only
食堂帮厨|限已育女性，孩子上学后来上班|G,M|mothers_only
农产品直播|专招宝妈，带娃也能赚钱|G,M|mothers_only
超市理货|妈妈岗：只限有孩子的妈妈报名|G,M|mothers_only
水果店店员|宝妈专属岗位，宝爸勿扰|G,M|mothers_only
生鲜电商分拣|已婚女性，孩子上小学以上|G,M|married_women
食品厂普工|女，已婚已育，40岁以内|G,M|married_women
果园记账员|未婚女性，20-28岁|G,M|unmarried_women
酒楼前台|女，未婚，身高160，形象好|G,M|unmarried_women
冷库跟单|男性，已婚优先（稳定）|G,M|married_men
农场厨师|招一对夫妻，男做饭女打扫|G,M|couples_gendered
养殖场工人|要男的，最好是带家属的夫妻|G,M|couples_gendered
外卖骑手|限男，未婚单身，能跑夜单|G,M|unmarried_men
电商美工|女生，近两年无生育打算|G,M|women_no_birth
快递站客服|女，已育，需提供体检（含妊娠检测）|G,M,P|triple
食品厂品控|女性，已婚已育，入职体检含孕检|G,M,P|triple
便当店|店员：女，无孕，可长期|G,P|women_not_pregnant
"""
ITEMS = []
for line in RAW.strip().splitlines():
    job, item, labs, cat = line.split("|")
    ITEMS.append(("zh", job, item, labs.split(","), cat))
# obfuscated (hand-written)
OBF = [
    ("zh", "分拣员", "限\u200b男\u200b性，能倒班", ["G"], "obf_zero_width"),
    ("zh", "采摘工", "仅招⼥⼯，按筐计价", ["G"], "obf_kangxi"),
    ("zh", "后厨", "帮厨限<b>男</b>生", ["G"], "obf_html"),
    ("zh", "骑手", "xian nan, 要能跑远单", ["G"], "obf_pinyin"),
    ("zh", "收银", "只招👧女👧生，18-25", ["G"], "obf_emoji"),
    ("zh", "电商客服", "仅限宝\u200d妈", ["G", "M"], "obf_zero_width"),
    ("zh", "冷库文员", "体检含妊\u200b娠\u200b检\u200b查", ["P"], "obf_zero_width"),
    ("zh", "食品厂普工", "婚育：已 婚 已 育", ["M"], "obf_spaced"),
    ("zh", "仓管", "要求：男（ｎａｎ）性优先", ["G"], "obf_fullwidth"),
    ("zh", "理货员", "限难性，能扛累", ["G"], "obf_homophone"),
    ("zh", "包装工", "招⼥性包装⼯，未婚优先", ["G", "M"], "obf_kangxi"),
    ("zh", "服务员", "不要yun妇", ["M"], "obf_pinyin"),
]
ITEMS += OBF
