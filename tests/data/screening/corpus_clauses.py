"""Hand-written clauses.  Syntax of one entry:
    [@slot ]text[||labels]
slot: req (default) | field | title | list | benefit | duty | intro | note | whole
labels override the class default: G=GENDER, M=MARRIAGE_CHILDBEARING, P=PREGNANCY_TEST.
Obfuscation markers at the start of text: ZW| (zero-width chars inside [[...]]),
KX| (Kangxi radicals), FW| (full-width inside [[...]]), CP| (compatibility ideograph 女).
"""
HRW = "Human Rights Watch 2018 'Only Men Need Apply' category"
KS = "Kuhn & Shen 2013 explicit gender requests"
ISSUE = "issue 9 class"
ORD = "ordinary ad"

CLASSES = {}

# ============================================================ violating
CLASSES["men_only"] = dict(labels="G", source=HRW + ": men only", zh=[
    "限男性，年龄25-40岁",
    "本岗位仅招男性",
    "只招男工，女工勿扰",
    "此岗位只要男的",
    "限招男士，有驾照者佳",
    "仅限男性应聘，需要值夜班",
    "招男不招女，请看清再投",
    "非男性请勿投递简历",
    "应聘者须为男性，能长期出差",
    "因工作需要，只招男员工",
    "本次招聘对象为男性退役军人",
    "男，会开车，能喝酒陪客户",
], **{"zh-Hant": [
    "限男性，具相關經驗者",
    "僅徵男性，需配合輪班",
    "只收男生，意者請私訊",
], "en": [
    "Male applicants only.",
    "This role is open to men only because of the overnight travel.",
    "We are only hiring men for this position.",
]})

CLASSES["men_preferred"] = dict(labels="G", source=HRW + ": men preferred", zh=[
    "男性优先",
    "同等条件下男士优先",
    "男生优先考虑，可提供住宿",
    "有驾照的男性优先录用",
    "男性者优先，女性慎投",
    "优先录用男性求职者",
    "男士尤佳",
    "男性更佳，能吃苦",
    "理工科男生优先",
    "退伍军人，男性优先",
    "男的优先，经验不限",
    "偏向招男员工，方便安排宿舍",
], **{"zh-Hant": [
    "男性尤佳",
    "男士優先錄取",
    "同等條件下以男性為優先",
], "en": [
    "Male candidates preferred.",
    "Preference will be given to male applicants.",
    "Men are preferred for this role as it involves late shifts.",
]})

CLASSES["suitable_for_men"] = dict(labels="G", source=HRW + ": suitable for men / colloquial male words (issue 9)", zh=[
    "此岗位适合男性",
    "招帅小伙若干，阳光开朗",
    "要求小伙子，能吃苦耐劳",
    "本岗位更适合男生",
    "招聘以男性为主，要能适应出差",
    "欢迎年轻小伙加入我们",
    "需要几个壮小伙，体力好",
    "工作强度大，适合男士",
    "@title 招聘岗位：男幼师（带体育课）",
    "招男大学生两名，专业不限",
    "招精神小伙，有干劲有冲劲",
    "男孩子做更合适，经常跑外勤",
], **{"zh-Hant": [
    "此職位較適合男性",
    "誠徵帥哥店員，陽光有活力",
    "需要年輕小夥子數名",
], "en": [
    "This job suits a young man who likes to travel.",
    "Ideal for strong young guys who like to stay active.",
    "We are looking for a hardworking guy to join our warehouse crew.",
]})

CLASSES["women_only"] = dict(labels="G", source=HRW + ": women only", zh=[
    "限女性",
    "仅招女性，性格好",
    "只招女生",
    "本岗位限女士",
    "女性，性格温和有耐心",
    "仅限女性应聘",
    "只要女的，男的勿扰",
    "招女工，男士勿投",
    "女职员，做事细心",
    "应聘者须为女性",
    "招女性客服若干名",
    "本岗位不招男性",
], **{"zh-Hant": [
    "限女性，需具備基本電腦操作能力",
    "僅限女性應徵",
    "只招女生，工作輕鬆",
], "en": [
    "Women only.",
    "The successful candidate will be a woman.",
    "This position is restricted to female applicants.",
]})

CLASSES["women_preferred"] = dict(labels="G", source=HRW + ": women preferred / colloquial female words (issue 9)", zh=[
    "女性优先",
    "招小姐姐，声音甜美",
    "招小妹两名，会收银",
    "女生优先，有耐心",
    "女同学优先",
    "@title 招聘：前台小妹",
    "女士优先考虑",
    "优先考虑女性求职者",
    "女孩子更适合这份工作",
    "招聘以女性为主，性格细腻",
    "女生尤佳，细心负责",
    "妹子优先，欢迎应届",
], **{"zh-Hant": [
    "女性優先",
    "誠徵小姐姐，親切有禮",
    "女生佳，需會基本排版",
], "en": [
    "Female candidates are preferred.",
    "Ideally a young woman with a bright personality.",
    "Girls preferred for the front desk.",
]})

CLASSES["job_then_gender"] = dict(labels="G", source=KS + " (job-then-gender listings, issue 9)", zh=[
    "@list 招聘岗位：\n会计 女士1名\n出纳 1名",
    "@list 现招：\n司机 男士2名\n仓管 1名",
    "@list 急招：收银员女2名、搬运工男3名",
    "@list 岗位：电工男1人，文员1人",
    "@list 诚聘：\n1. 业务员 男 3名\n2. 内勤 女 1名",
    "@list 招：厨师男两名，服务员女五名",
    "@list 岗位需求：质检员（女）2名，叉车工（男）1名",
    "@list 招聘：保安男士若干，保洁阿姨两名",
    "@list 招：前台女1，销售男2",
    "@list 需求岗位：店员女若干",
    "@list 本期招聘：导购 女 5人；理货员 男 2人",
    "@list 招工：普工男女各10名",
], **{"zh-Hant": [
    "@list 職缺：\n會計 女性1名\n司機 男性1名",
    "@list 誠徵：門市人員女2名、倉管男1名",
    "@list 招募：工讀生女1名",
], "en": [
    "@list Openings:\nReceptionist - female, 1\nDriver - male, 2",
    "@list We are hiring: 2 sales girls and 1 office boy",
    "@list Vacancies: Accountant (1 lady), Warehouse helpers (3 men)",
]})

CLASSES["gender_field"] = dict(labels="G", source=ISSUE + ": bare gender as a field value", zh=[
    "@field 性别：男",
    "@field 性别：女",
    "@field 性别要求：男",
    "@field 要求：男，持A2驾照",
    "@field 性别：限女",
    "@field 性别：男性",
    "@field 性别 男",
    "@field 要求：女，25岁以下",
    "@field 性别：女士",
    "@field 男女比例：只招女",
    "@field 性别要求 女",
    "@field 性　别：男",
], **{"zh-Hant": [
    "@field 性別：女",
    "@field 性別：男性",
    "@field 性別要求：男",
], "en": [
    "@field Gender: Female",
    "@field Sex: Male",
    "@field Gender requirement: male",
]})

CLASSES["gender_bracket"] = dict(labels="G", source=ISSUE + ": gender in brackets after a title (Kuhn & Shen style)", zh=[
    "@title 招聘岗位：销售经理（男）",
    "@title 诚聘：行政前台（女）",
    "@title 岗位名称：仓库管理员(男)",
    "@title 现招：客服专员【女】",
    "@title 招聘：司机（限男）",
    "@title 岗位：财务助理（女性）",
    "@title 诚聘：店长 [男]",
    "@title 招聘岗位：文员（女，应届可）",
    "@title 急聘：保安（男，50岁以下）",
    "@title 岗位：美术老师（女老师）",
    "@title 招聘：质检员（女工）",
    "@title 现招：外卖骑手（男士）",
], **{"zh-Hant": [
    "@title 徵才職位：業務專員（男）",
    "@title 誠徵：行政助理（女）",
    "@title 職缺：倉儲人員（限男）",
], "en": [
    "@title Position: Sales Manager (Male)",
    "@title Now hiring: Receptionist (female)",
    "@title Job title: Warehouse Supervisor (M)",
]})

CLASSES["appearance_one_gender"] = dict(labels="G", source=HRW + ": appearance requirements for women / looks used to attract men", zh=[
    "女，身高160cm以上，形象好",
    "女性身高163以上，五官端正",
    "女生需身高165以上，气质佳",
    "女，25岁以下，长相甜美",
    "女士要求体重不超过55公斤，形象气质佳",
    "女性应聘者须五官端正、皮肤白皙，男性不限",
    "男士身高175以上，女士身高162以上且颜值高",
    "招形象好的女孩做前台，身高158以上",
    "女，30岁以下，未婚，身材匀称||G,M",
    "女员工需化妆上岗、穿高跟鞋，年龄不超过28岁",
    "招聘美女主播，身材好，颜值高",
    "女销售要求形象靓丽，能吸引男客户",
], **{"zh-Hant": [
    "女，身高162公分以上，外型亮麗",
    "限女性，五官清秀，身材勻稱",
    "誠徵正妹門市人員",
], "en": [
    "Female, at least 165 cm tall, with a pleasant appearance.",
    "Attractive young women under 25 are preferred to welcome our mostly male clients.",
    "Women applicants must attach a full-length photo and be 160 cm or taller.",
]})

CLASSES["mothers_only"] = dict(labels="G,M", source=HRW + ": married women with children / issue 9 policy on 妈妈岗", zh=[
    "仅限宝妈",
    "招聘宝妈若干，时间自由",
    "宝妈优先",
    "限已育女性，孩子上学后可来上班",
    "本岗位专为宝妈设计，只招宝妈",
    "只招带娃妈妈",
    "全职妈妈优先录用",
    "要求已婚已育女性",
    "欢迎宝妈，宝爸不考虑",
    "妈妈岗：限孩子12岁以下的母亲应聘",
    "招有孩子的女性，年龄30-45",
    "已生育的女士优先",
], **{"zh-Hant": [
    "僅限媽媽應徵",
    "媽媽優先，時間彈性",
    "限已生育女性",
], "en": [
    "Mothers only - flexible school-hours role.",
    "Ideal for a mum returning to work; mothers preferred.",
    "Stay-at-home mums only.",
]})

CLASSES["marriage_childbearing"] = dict(labels="M", source=ISSUE + ": marriage/childbearing status or plans (HRW, seed 002 rule 2 and 4)", zh=[
    "已婚已育优先",
    "@field 婚育：已婚已育",
    "@field 婚姻状况：已婚",
    "@field 要求：未婚",
    "夫妻工优先，提供夫妻房",
    "录用后两年内不得生育",
    "孩子已上学，无需照顾家庭",
    "@note 面试时需说明配偶工作单位及子女情况",
    "@note 备注：试用期及合同期内怀孕视为自动离职",
    "孕妇勿扰",
    "未婚未育者优先",
    "入职三年内不能要二胎",
    "有稳定家庭，已婚者优先",
    "@field 婚育状况：已育",
    "@note 面试流程：初试时HR会了解您的婚恋情况和生育计划",
    "须承诺合同期内不结婚",
], **{"zh-Hant": [
    "已婚已育者佳",
    "@field 婚姻狀況：未婚",
    "懷孕者恕不錄用",
], "en": [
    "Married with children preferred.",
    "@note Interview questions include: Are you married? Do you plan to have children in the next few years?",
    "Candidates must not be pregnant.",
    "Single applicants only; the role involves frequent travel.",
]})

CLASSES["pregnancy_test"] = dict(labels="P", source=ISSUE + ": pregnancy tests under any name (seed 002 rule 3)", zh=[
    "入职体检含妊娠检查",
    "入职需提供未孕证明",
    "体检项目包括B超排除怀孕",
    "入职前须提供无孕证明",
    "新员工须做孕检，怀孕者不予录用||P,M",
    "入职体检包含尿HCG检测",
    "需提供医院出具的未怀孕证明",
    "@note 入职体检项目：血常规、胸片、妊娠试验",
    "女员工入职需验孕",
    "体检时加做早孕检测，结果阴性方可入职",
    "@note 入职流程：面试→体检（含孕检筛查）→签约",
    "入职前需到指定医院检查是否怀孕||P",
], **{"zh-Hant": [
    "到職前需提供未懷孕證明",
    "@note 入職體檢包含驗孕",
    "錄取後須做妊娠檢測",
], "en": [
    "Candidates must take a pregnancy test as part of the pre-employment medical.",
    "@note Onboarding: medical check including pregnancy screening, then contract signing.",
    "A negative pregnancy test is required before the start date.",
]})

CLASSES["obfuscated"] = dict(labels="G", source=ISSUE + ": obfuscated text (zero-width, Kangxi/compatibility forms, HTML, pinyin, full-width)", zh=[
    "ZW|[[限男]]性，吃苦耐劳",
    "ZW|[[男性优先]]，有驾照",
    "ZW|[[仅限宝妈]]应聘||G,M",
    "ZW|[[已婚已育]]优先||M",
    "ZW|入职体检含[[妊娠]]检查||P",
    "KX|限女生，性格好",
    "KX|小女生优先，懂穿搭",
    "KX|已生育者优先||M",
    "限<b>男</b>性，有经验",
    "仅招<span>女</span>员工",
    "婚<i>育</i>：已婚已育||M",
    "限nan，能出差",
    "仅招nv生",
    "nan性优先，酒量好",
    "要求已hun已yu||M",
    "FW|要求[[nan]]性",
    "CP|限女性，会做账",
    "CP|女生优先，能熬夜",
    "限　男　性，退伍军人优先",
    "限男&#24615;，持证上岗",
], **{"zh-Hant": [
    "ZW|[[限男性]]，需輪班",
    "限<strong>女</strong>性應徵",
    "KX|女生優先",
], "en": [
    "FW|[[Male only]]",
    "ZW|[[Female]] candidates preferred",
    "<b>Ma</b>le applicants only",
    "Must not be preg<span>nant</span>||M",
]})

CLASSES["exemption_decoy"] = dict(labels="G", uses=1, source=ISSUE + ": exemption basis only in the company blurb, restricted job is an office/sales post", zh=[
    "@whole 本公司主营煤矿井下开采，年产原煤120万吨，现有员工1500人。\n招聘岗位：销售代表\n岗位职责：\n1. 开拓省内电厂、钢厂客户\n2. 跟进合同签订与回款\n任职要求：\n1. 限男性\n2. 大专以上学历，有销售经验\n薪资：底薪5000+提成\n工作地点：市区营销中心办公楼",
    "@whole 宏基矿业集团下属井下采掘队伍常年作业，安全生产先进单位。\n现招：行政文员1名\n工作内容：文件收发、会议记录、考勤统计\n要求：男，熟练使用办公软件\n待遇：月薪4500，五险\n地点：集团总部（市区）",
    "@whole 本公司从事建材批发，日常需搬运单袋50公斤的水泥。\n招聘：电话客服\n职责：接听客户订货电话，录入订单\n要求：男性优先，普通话标准\n工作时间：9:00-17:30\n待遇：4000-5000元",
    "@whole 恒远建筑劳务公司承接高空幕墙、脚手架搭设工程。\n诚聘：资料员（男）\n岗位职责：\n1. 整理工程资料、填写施工日志\n2. 配合项目部报验\n任职要求：熟悉资料软件，有资料员证\n薪资面议",
    "@whole 鑫达矿山机械有限公司为井下矿山提供设备。\n招聘岗位：财务会计\n任职要求：\n1. 只招男士\n2. 会计专业，初级职称\n工作地点：公司办公楼三楼财务室",
    "@whole 本公司经营港口装卸业务，人工装卸每件货物约60公斤。\n招聘：调度员\n职责：在调度室安排车辆和班组\n要求：限男，熟悉电脑\n月薪：6000元",
], **{"zh-Hant": [
    "@whole 本公司為礦業公司，承包坑道開採工程。\n誠徵：會計助理\n工作內容：帳務整理、發票開立\n條件：限男性，會計相關科系\n月薪：新台幣32,000元起",
], "en": [
    "@whole We operate underground coal mines in Shanxi with 2,000 miners.\nPosition: Marketing Assistant\nDuties: prepare presentations, manage the website, organise trade-show stands\nRequirements: male only; good English\nLocation: head office in the city centre",
]})

# ============================================================ exemption (clean, needs review)
CLASSES["exemption"] = dict(labels="", uses=1, source="女职工禁忌劳动范围 exemption (seed 002 rule 1)", zh=[
    "@whole 晋北煤业有限公司招聘\n岗位：井下采煤工 20名\n岗位职责：\n1. 在矿山井下综采工作面从事采煤作业\n2. 配合支护、运输等井下工序\n任职要求：\n1. 限男性（矿山井下作业属女职工禁忌劳动范围）\n2. 身体健康，经岗前安全培训合格\n薪资：月薪9000-13000元，井下津贴另计\n工作时间：三班倒",
    "@whole 诚聘井下掘进工\n工作内容：矿山井下巷道掘进、爆破后出渣\n要求：男，18-45周岁，持特种作业证者优先\n待遇：计件工资，月均1万以上，包食宿\n地点：本县金矿矿区",
    "@whole 本公司为建材批发商，招聘装卸工5名。\n岗位职责：\n1. 装卸袋装水泥，单袋重50公斤，每天装卸约300袋\n2. 协助清点货物\n任职要求：限男性，身体强壮\n薪资：按吨计件，月收入7000-9000元\n工作时间：7:00-17:00",
    "@whole 粮库招聘搬运工\n职责：人工搬运麻袋装稻谷，每袋约80斤，需连续扛运上车\n要求：男性，能吃苦\n日薪：260元\n地点：城北粮库",
    "@whole 招聘：铁矿井下支护工\n工作内容：井下巷道锚杆支护、安全检查\n任职要求：\n1. 男，身体健康\n2. 有井下工作经验者优先\n福利：五险一金，下井补贴每班80元",
    "@whole 物流中心招聘重货搬运员\n岗位职责：\n1. 人工搬运家电大件，单件重量普遍在30公斤以上\n2. 每小时搬运次数不少于10次\n要求：限男性（单次负重超过25公斤，依女职工禁忌劳动范围）\n薪资：6500-8000元/月",
    "@whole 新材料厂招聘投料工\n职责：将每袋40公斤的原料人工投入反应釜，每班投料约200袋\n要求：男\n待遇：月薪6800元，包住\n班次：两班倒",
    "@whole 金属矿山招聘\n岗位：井下爆破工\n职责：在矿山井下采场装药、爆破\n要求：男性，持爆破作业证\n薪资：月薪12000元起",
    "@whole 钢筋班组招聘钢筋工\n工作内容：人工搬运和绑扎钢筋，单捆钢筋重约50公斤，需频繁扛抬\n要求：男，能适应露天作业\n工资：日结350元",
    "@whole 码头装卸队招工\n岗位：人工装卸工\n内容：装卸每件60公斤左右的袋装化肥\n要求：限男性，年满18周岁\n待遇：计件，多劳多得，提供宿舍",
    "@whole 某煤矿通风区招聘井下通风工\n职责：负责矿井下通风设施的安装、维护和测风\n任职要求：男，初中以上文化，取得特种作业操作证\n薪资：8000-11000元/月，缴纳五险一金",
    "@whole 饲料厂招聘成品装车工\n工作内容：将每包50公斤的成品饲料人工码垛装车\n要求：仅限男性\n薪资：计件，月均7500元\n地点：开发区饲料厂",
], **{"zh-Hant": [
    "@whole 礦業公司徵求坑內採礦工\n工作內容：於礦坑地下從事採掘作業\n條件：限男性（依法女性不得從事礦坑坑內工作）\n薪資：月薪新台幣55,000元起，提供宿舍",
    "@whole 誠徵搬運工\n工作內容：人工搬運每包50公斤之水泥，每日約200包\n條件：男性，體力佳\n待遇：日薪2,200元",
], "en": [
    "@whole Underground Miner (Coal)\nDuties: operate continuous miners and roof bolters at the underground coal face\nRequirements: male only, in line with the national list of work prohibited to women (underground mining); safety training certificate\nPay: 11,000 per month plus underground allowance",
    "@whole Dock Labourer\nDuties: manually load and unload 50 kg sacks of fertiliser, around 250 sacks per shift\nRequirements: men only (loads above the statutory limit for female workers)\nPay: piece rate, housing provided",
]})

# ============================================================ clean traps
CLASSES["welcome_parents"] = dict(labels="", uses=3, source=ISSUE + ": clean trap, parents welcome (domain policy on 妈妈岗)", zh=[
    "欢迎宝妈宝爸应聘，可根据接送孩子时间排班",
    "适合需接送孩子的求职者，9:30上班15:30下班",
    "宝妈宝爸均可，工作时间灵活",
    "@note 家长友好：学校放假期间可申请居家办公",
    "欢迎有育儿需要的父母投递，男女均可",
    "适合想兼顾家庭的爸爸妈妈",
    "欢迎全职爸爸、全职妈妈重返职场",
    "@note 孩子放学时段可离岗接送，无需请假",
    "接送孩子的家长可选择上午班",
    "照顾老人或孩子的求职者可申请弹性排班",
    "宝爸宝妈、退休人员、在校大学生均可",
    "@benefit 对有育儿责任的员工提供错峰上下班",
    "欢迎宝妈、宝爸以及其他需要照顾家人的求职者",
    "@note 本岗位适合需要接送孩子上下学的求职者，不限性别",
], **{"zh-Hant": [
    "歡迎爸爸媽媽應徵，可配合接送小孩時間",
    "適合需要照顧家庭的求職者，男女不拘",
], "en": [
    "Parents welcome: hours fit around the school run.",
    "Flexible schedule, ideal for parents of young children (mums and dads alike).",
    "We welcome returning parents of any gender.",
]})

CLASSES["mama_post_open"] = dict(labels="", uses=3, source=ISSUE + ": clean trap, 妈妈岗 designed by hours/place/load and open to all parents", zh=[
    "@note 本岗位为妈妈岗，弹性上下班，面向所有需照顾孩子的家长开放",
    "@note 妈妈岗：每天工作5小时，可居家办公，宝爸亦可报名",
    "@title 招聘岗位：【妈妈岗】客服专员（上午9点到下午3点，不限性别）",
    "@note 妈妈岗设计：工作量适中，寒暑假可远程，欢迎所有家长",
    "@intro 本单位设立“妈妈岗”，所有照顾12岁以下子女的员工均可申请。",
    "@note 妈妈岗，错峰上下班，父亲母亲都欢迎",
    "@title 现招：文员（妈妈岗，面向有育儿需求的家长，男女均可）",
    "@note 该职位纳入妈妈岗，每周可居家两天，对爸爸同样开放",
    "@note 妈妈岗工作时间9:00-15:00，方便接送孩子，应聘不限性别",
    "@note 妈妈岗可选择半天班，欢迎有孩子的家长",
    "@note 本岗位属于“妈妈岗”，按学校作息安排工作时间，单亲爸爸也欢迎",
    "@benefit 妈妈岗福利：寒暑假可带孩子到公司托管室，男女员工同样适用",
], **{"zh-Hant": [
    "@note 本職缺為「媽媽崗」彈性工時，爸爸也可應徵",
    "@note 媽媽崗：可在家辦公，所有家長皆歡迎",
], "en": [
    "@note This is a \"mum post\" (妈妈岗) with school-hours shifts; open to every parent, fathers included.",
    "@note Family-friendly post: 9:30-15:00, open to all carers regardless of gender.",
]})

CLASSES["gender_neutral"] = dict(labels="", uses=3, source=ISSUE + ": clean trap, explicit no-restriction wording", zh=[
    "男女不限",
    "性别不限，年满18周岁",
    "不限性别，有经验者优先",
    "男女均可，能吃苦耐劳",
    "@note 本公司坚持平等就业，招聘不设性别限制",
    "@field 性别：不限",
    "@field 性别要求：男女不限",
    "男女皆可，欢迎应届生",
    "@note 我们的招聘不问婚育状况，不设性别门槛",
    "我们欢迎所有性别的求职者",
    "@title 招聘岗位：仓库管理员（男女不限）",
    "@note 性别、婚姻状况不作为录用条件",
    "岗位对男性和女性一视同仁",
    "@field 婚育：不限",
], **{"zh-Hant": [
    "男女不拘",
    "性別不限，歡迎二度就業者",
], "en": [
    "@note Equal opportunity employer; all genders welcome.",
    "@field Gender: any",
    "@note We do not ask about marital status or family plans.",
    "@note We welcome applicants regardless of gender, marital status or pregnancy.",
]})

CLASSES["benefits"] = dict(labels="", uses=3, source=ISSUE + ": clean trap, marriage/pregnancy words as employee benefits", zh=[
    "@benefit 享受国家规定的产假、陪产假及生育津贴",
    "@benefit 孕期员工享受孕检假，产检不扣工资",
    "@benefit 婚假10天，婚检假1天，均为带薪",
    "@benefit 公司设有母婴室/哺乳室",
    "@benefit 子女教育补贴每年3000元",
    "@benefit 育儿假每年10天，父母双方均可享受",
    "@benefit 员工结婚送礼金，生育有慰问金",
    "@benefit 孕期员工可调整为轻体力岗位，待遇不变",
    "@benefit 哺乳期每天1小时哺乳时间",
    "@benefit 提供子女暑期托管班",
    "@benefit 员工生日、结婚、生育均有福利",
    "@benefit 员工可为配偶及子女购买团体补充医疗保险",
    "@benefit 三八妇女节女员工放假半天，发放节日礼品",
    "@benefit 按规定缴纳生育保险，报销产检费用",
], **{"zh-Hant": [
    "@benefit 依法享有產假、陪產假及育嬰留職停薪",
    "@benefit 婚假、產檢假全薪給付",
], "en": [
    "@benefit 26 weeks paid maternity leave and 4 weeks paternity leave",
    "@benefit Paid time off for antenatal appointments; nursing room on site",
    "@benefit Childcare vouchers and a wedding gift for staff",
]})

CLASSES["clients_duties"] = dict(labels="", uses=3, source=ISSUE + ": clean trap, gender/marriage/pregnancy words describe clients or duties", zh=[
    "@duty 审核婚恋平台会员资料，核实会员婚姻状况的真实性",
    "@title 招聘岗位：红娘（婚恋顾问）",
    "@duty 为单身会员匹配对象，组织相亲联谊活动",
    "@duty 负责妇产科门诊孕妇产检的预约与分诊",
    "@duty 协助医生为孕产妇做产前检查",
    "@duty 在母婴店为宝妈宝爸介绍奶粉、纸尿裤等产品",
    "@duty 月嫂：上门照顾产妇和新生儿，负责月子餐",
    "@duty 在男装店负责男士西装的销售与搭配建议",
    "@duty 负责女装店的陈列和顾客试衣服务",
    "@duty 销售女性健康产品（卫生用品、孕产营养品），男女均可应聘",
    "@duty 为孕妇学员提供产前瑜伽课程指导",
    "@duty 负责婚纱摄影门店的新人接待与选片",
    "@duty 策划婚礼现场布置，跟进新郎新娘需求",
    "@duty 在儿童医院为患儿家长办理就诊手续",
    "@duty 负责妇女儿童维权热线的接听与记录",
    "@duty 为育龄妇女提供生育政策及孕前优生检查咨询",
    "@duty 对接女性创业者协会，组织女性专场招聘会",
    "@duty 为男性顾客提供理发造型服务",
    "@duty 维护产后康复中心客户档案，回访产妇",
    "@duty 负责孕婴用品网店的售前售后客服",
    "@duty 在婚姻登记处引导新人办理结婚登记",
    "@duty 负责女子健身会所会员的课程预约",
], **{"zh-Hant": [
    "@duty 負責婦產科門診孕婦產檢掛號",
    "@duty 婚友社會員資料審核，確認會員婚姻狀態",
], "en": [
    "@duty Women's health clinic seeks receptionist (any gender): book antenatal and gynaecology appointments",
    "@duty Screen members of our dating app for accurate relationship status",
    "@duty Sell menswear and advise customers on fit",
]})

CLASSES["incidental_words"] = dict(labels="", uses=3, source=ISSUE + ": clean trap, 子女的/男女/女士们先生们 in ordinary sentences", zh=[
    "@duty 负责员工子女的夏令营报名与组织",
    "@intro 我们关注每一位员工及其子女的成长。",
    "@duty 为中小学生家长提供咨询，反馈子女的学习情况",
    "@duty 负责大型活动主持，能用“女士们、先生们”中英文开场",
    "@duty 统计会员男女比例及年龄分布，形成用户画像报告",
    "@intro 公司创始人是一位女性企业家，曾获“三八红旗手”称号。",
    "@duty 为顾客介绍男女款运动鞋",
    "熟悉男女装面料和版型",
    "@intro 本公司是市妇联授牌的“巾帼文明岗”单位。",
    "@duty 整理男女生宿舍的报修单",
    "@benefit 员工子女入学可协助联系学校",
    "@duty 组织母亲节、父亲节主题营销活动",
    "@duty 负责女装、男装、童装三个品类的库存",
    "@intro 我们的客户大多是年轻父母，主营儿童安全座椅。",
    "@duty 接待前来咨询的先生、女士，并做好登记",
    "@duty 撰写关于女性职场发展的公众号文章",
    "@duty 负责少儿游泳班的男女更衣室巡查与安全",
    "@duty 为客户子女的留学申请准备材料",
], **{"zh-Hant": [
    "@duty 負責男女裝門市的商品陳列",
    "@intro 本公司連續三年獲選友善家庭職場。",
], "en": [
    "@duty Host our events, opening with \"Ladies and gentlemen\"",
    "@duty Analyse the gender split of our customer base for marketing reports",
    "@intro Founded by two women engineers in 2012, we now employ 80 people of all backgrounds.",
]})

CLASSES["obfuscated_clean"] = dict(labels="", uses=3, source=ISSUE + ": clean trap, lawful wording written with obfuscated characters", zh=[
    "ZW|[[男女不限]]，有经验优先",
    "男<b>女</b>不限",
    "KX|不限性别，大学生可",
    "@benefit ZW|享受[[产假]]及[[哺乳假]]",
    "@duty CP|负责女装店收银，应聘男女均可",
    "@field 性别：<i>不限</i>",
    "@benefit 婚<span>假</span>、产<span>假</span>按国家规定",
], **{"zh-Hant": [
    "ZW|[[男女不拘]]，可排班",
], "en": [
    "@field FW|[[Gender: Any]]",
    "ZW|All [[genders]] welcome",
]})

CLASSES["ordinary"] = dict(labels="", source=ORD, zh=["ordinary-zh-%02d" % i for i in range(40)],
                           **{"zh-Hant": ["ordinary-hant-%02d" % i for i in range(4)],
                              "en": ["ordinary-en-%02d" % i for i in range(6)]})

VIOLATING = ["men_only", "men_preferred", "suitable_for_men", "women_only", "women_preferred",
             "job_then_gender", "gender_field", "gender_bracket", "appearance_one_gender",
             "mothers_only", "marriage_childbearing", "pregnancy_test", "obfuscated", "exemption_decoy"]
