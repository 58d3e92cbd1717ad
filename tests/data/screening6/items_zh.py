"""Simplified-Chinese items. Each `line` (or `raw` post) is hand-written and used once.

labels: G = GENDER, M = MARRIAGE_CHILDBEARING, P = PREGNANCY_TEST.
slot: where build.py puts the line (req = among requirements, ben = benefits, note = extra line).
"""


def V(sector, line, labels, cat, **kw):
    return dict(sector=sector, line=line, labels=labels, cat=cat, **kw)


def RAW(text, labels, cat, source, **kw):
    return dict(sector="office", raw=text, labels=labels, cat=cat, source=source, **kw)


ZW = "\u200b"   # zero-width space
ZJ = "\u200d"   # zero-width joiner
WJ = "\u2060"   # word joiner
SHY = "\u00ad"  # soft hyphen
KX_NV = "\u2f25"  # Kangxi radical woman
KX_YONG = "\u2f64"  # Kangxi radical use
KX_REN = "\u2f08"  # Kangxi radical man/person
KX_ZI = "\u2f26"  # Kangxi radical child
KX_SHENG = "\u2f63"  # Kangxi radical life

VIOLATING = [
    # ---- explicit restriction to one gender
    V("factory", "只收男的，女的就别跑一趟了", "G", "gender_restriction_colloquial"),
    V("logistics", "本岗位限男士，需持B2驾照跑长途", "G", "gender_restriction", title="司机"),
    V("office", "本岗位只面向女性应聘者开放", "G", "gender_restriction", title="出纳"),
    V("restaurant", "只要女孩子，手脚勤快", "G", "gender_restriction_colloquial", title="收银员"),
    V("it", "因团队配置原因，本次仅考虑男性候选人", "G", "gender_restriction"),
    V("edu", "限女性，性格温柔有亲和力", "G", "gender_restriction", title="幼儿园配班老师"),
    V("hotel", "此岗为男生专岗，女生请投客房部", "G", "gender_restriction", title="礼宾员"),
    V("sales", "我们是全女生团队，只招妹子", "G", "gender_restriction_colloquial", title="电话销售"),
    V("construction", "女同志，工作细心，会整理档案", "G", "gender_restriction", title="资料员"),
    V("beauty", "只招女技师，男士勿扰", "G", "gender_restriction", title="美甲师"),
    V("clean", "只要女的，男的干不来这个", "G", "gender_restriction_colloquial", title="育儿嫂"),
    V("hospital", "护理员限男，主要负责男病区", "G", "gender_restriction", title="护理员"),
    V("retail", "本店只聘请女店员", "G", "gender_restriction"),
    V("property", "男，45周岁以下，服从排班", "G", "gender_restriction_bare", title="秩序维护员"),
    V("live", "主播只招女生，男生可投运营岗", "G", "gender_restriction", title="带货主播"),
    V("office", "这个岗位我们内部定了要女的", "G", "gender_restriction_colloquial", title="前台文员"),
    V("security", "男性，退伍军人优先，身高175以上", "G", "gender_restriction_bare", title="保安员"),
    V("it", "研发部目前不招女生", "G", "gender_restriction"),
    # ---- preferences
    V("sales", "同等条件下，男士优先录用", "G", "gender_preference"),
    V("office", "考虑到需要经常陪老板应酬，倾向于男性", "G", "gender_preference", title="销售内勤"),
    V("logistics", "优先考虑男同胞", "G", "gender_preference", title="仓管员"),
    V("hotel", "女性候选人将被优先安排面试", "G", "gender_preference", title="前台接待"),
    V("it", "男生更佳，需偶尔通宵值班", "G", "gender_preference", title="运维工程师"),
    V("edu", "家长反馈好，优先招女老师", "G", "gender_preference", title="小学数学老师"),
    V("retail", "女生优先，男生也可以来聊聊", "G", "gender_preference"),
    V("construction", "现场条件艰苦，男性优先", "G", "gender_preference", title="施工员"),
    V("hospital", "导医以女性为佳", "G", "gender_preference", title="导医"),
    V("restaurant", "厨房帮工偏向招男的，力气大点", "G", "gender_preference", title="后厨帮工"),
    # ---- "suitable for" wording
    V("factory", "此工位比较适合男孩子，活儿有点糙", "G", "gender_suitable_for", title="操作工"),
    V("office", "工作比较琐碎，更适合心细的女生", "G", "gender_suitable_for", title="人事专员"),
    V("logistics", "夜班分拣，本岗位更适宜男同志", "G", "gender_suitable_for", title="分拣员"),
    # ---- slang and implied gender
    V("restaurant", "招两个手脚麻利的小姐妹，一起干活不累", "G", "gender_slang", title="传菜员"),
    V("logistics", "需要几个壮小伙，能吃苦能熬夜", "G", "gender_slang", title="分拣员"),
    V("hotel", "招俩靓妹站前台，形象要拿得出手", "G", "gender_slang+appearance", title="前台接待"),
    V("security", "招帅哥保安若干，要精神", "G", "gender_slang", title="门岗"),
    V("sales", "要能喝两杯的爷们儿，跑工地客户", "G", "gender_slang", title="客户经理"),
    V("logistics", "招送货小哥哥，电动车自备", "G", "gender_slang", title="快递员"),
    V("beauty", "招男孩学徒，包教包会包住", "G", "gender_slang", title="发型师"),
    V("logistics", "找个踏实的大哥看仓库，晚上住仓库", "G", "gender_slang", title="仓管员"),
    V("restaurant", "招两名厨娘做家常菜", "G", "gender_slang", title="后厨帮工"),
    V("live", "诚邀美女主播加盟，新人有扶持", "G", "gender_slang", title="带货主播"),
    V("clean", "招几位勤快的阿姨，大叔这次不考虑", "G", "gender_slang", title="保洁员"),
    V("factory", "来几个小妹妹做手工，坐着干活", "G", "gender_slang", title="包装工"),
    V("sales", "要有狼性的男儿，不怕出差", "G", "gender_slang", title="渠道专员"),
    V("office", "老板需要一个贴心小秘书，妹子最好", "G", "gender_slang", title="行政专员"),
    V("property", "找个会修水电的师傅，老哥来了直接上岗", "G", "gender_slang", title="工程维修工"),
    # ---- job-then-gender listings and bracketed gender
    V("office", "岗位需求：会计 女 1名；仓管 男 2名", "G", "job_then_gender_listing", slot="note"),
    V("logistics", "司机：男士3名　跟车员：男士2名　客服：女士1名", "G", "job_then_gender_listing", slot="note"),
    V("restaurant", "服务员6名（女），厨工2名（男）", "G", "job_then_gender_listing", slot="note"),
    V("live", "招聘：直播助理/女/2人　摄像/男/1人", "G", "job_then_gender_listing", slot="note"),
    V("hotel", "客房服务员——女，8名；PA保洁——男，2名", "G", "job_then_gender_listing", slot="note"),
    V("office", "应聘岗位：前台（女）", "G", "bracketed_gender", slot="note"),
    V("security", "现招：夜班巡逻【男】数名", "G", "bracketed_gender", slot="note"),
    V("sales", "销售代表（限男）5名，底薪另议", "G", "bracketed_gender", slot="note"),
    V("retail", "化妆品柜台导购(女生) 3名", "G", "bracketed_gender", slot="note"),
    V("it", "实施工程师〔男〕，需长期驻场", "G", "bracketed_gender", slot="note"),
    V("edu", "课程顾问（女士）两名", "G", "bracketed_gender", slot="note"),
    # ---- field values
    V("logistics", "性别：男　年龄：25-45　驾照：A2", "G", "field_value_gender", title="司机"),
    V("office", "性别要求：女", "G", "field_value_gender"),
    V("factory", "性 别：男　学 历：不限", "G", "field_value_gender", title="物料员"),
    V("construction", "要求：男，会看图纸，能驻场", "G", "field_value_gender", title="施工员"),
    V("retail", "性别限定：女生", "G", "field_value_gender"),
    V("hospital", "【性别】女【学历】中专及以上", "G", "field_value_gender", title="护士"),
    V("security", "男女比例：本次只招男", "G", "field_value_gender"),
    # ---- appearance / higher bar for one gender
    V("hotel", "女，身高165cm以上，五官端正，气质佳", "G", "appearance_one_gender"),
    V("live", "女生要求长相甜美，身材匀称，上镜好看", "G", "appearance_one_gender", title="带货主播"),
    V("office", "女士须化淡妆上班，身高158以上；男士不作要求", "G", "appearance_one_gender"),
    V("restaurant", "女孩子皮肤白净、体重110斤以内", "G", "appearance_one_gender", title="服务员"),
    V("sales", "女性需形象气质佳、年龄不超过28岁，男性35岁以内即可", "G", "appearance_one_gender", title="置业顾问"),
    V("beauty", "前台要漂亮的女生，能撑门面", "G", "appearance_one_gender", title="前台"),
    V("hospital", "女导医身高160以上、长相端庄", "G", "appearance_one_gender", title="导医"),
    V("edu", "女老师要求形象好、不胖，男老师要求专业好", "G", "appearance_one_gender", title="英语老师"),
    # ---- pronoun / other hints
    V("office", "入职后她将全面负责总经理的日程和接待", "G", "pronoun_hint", title="行政专员"),
    V("sales", "想找个退伍兵出身的汉子，他要常驻外地跑客户", "G", "gender_slang"),
    V("it", "团队都是理工男，希望新人能融入我们兄弟氛围，最好也是男生", "G", "gender_preference_implicit"),
    # ---- mothers only (gender + childbearing)
    V("live", "这个岗位仅招宝妈，时间自由", "GM", "mothers_only", title="中控"),
    V("office", "宝妈专属岗位，宝爸请勿投递", "GM", "mothers_only", title="销售内勤"),
    V("retail", "已生育的女性优先，孩子上学了的更好", "GM", "mothers_only"),
    V("edu", "招聘全职妈妈做课程顾问，可居家", "GM", "mothers_only", title="课程顾问"),
    V("clean", "只要带过娃的妈妈，最好自己生过两个", "GM", "mothers_only", title="育儿嫂"),
    V("sales", "宝妈优先录取，能兼顾家庭", "GM", "mothers_only", title="电话销售"),
    V("factory", "妈妈岗：限已育女性，早8点晚4点", "GM", "mothers_only", title="包装工"),
    # ---- married/childbearing status, mixed with gender
    V("sales", "已婚男士优先，稳定性好", "GM", "married_men_preferred"),
    V("office", "已婚未育的女性请勿投递", "GM", "childbearing_women_excluded"),
    V("hotel", "女性需已婚已育，男性不限", "GM", "childbearing_women_only"),
]

VIOLATING += [
    # ---- marriage / childbearing status and plans
    V("office", "已婚已育者优先考虑", "M", "marital_childbearing_preferred"),
    V("it", "婚姻状况：未婚", "M", "field_value_marriage", slot="note"),
    V("sales", "要求未婚，能接受长期外派", "M", "marital_status_required"),
    V("edu", "报名表需填写：婚否____ 子女数____", "M", "marriage_form_field", slot="note"),
    V("live", "三年内暂无要孩子打算的优先", "M", "no_childbearing_plan"),
    V("office", "入职后三年内不得怀孕生育，需签承诺书", "M", "childbirth_limit_condition", slot="note"),
    V("hotel", "入职须承诺两年内不生育二孩", "M", "childbirth_limit_condition"),
    V("factory", "试用期内怀孕的，视同本人主动辞职", "M", "pregnancy_dismissal", slot="note"),
    V("restaurant", "怀孕了就不能再干了，公司不留孕妇", "M", "pregnancy_dismissal", slot="note"),
    V("retail", "面试时请如实说明配偶的工作单位和孩子的年龄", "M", "spouse_children_question", slot="note"),
    V("office", "简历中请注明配偶姓名、职业及子女情况", "M", "spouse_children_question"),
    V("clean", "家里小孩满6周岁、不用天天接送的优先", "M", "children_condition", title="住家保姆"),
    V("sales", "家里有两个及以上孩子的不考虑", "M", "children_condition"),
    V("logistics", "招夫妻工两对，同住一间宿舍", "M", "couples_only", title="分拣员"),
    V("factory", "夫妻俩一起来的优先安排，单人不太好排宿舍", "M", "couples_preferred"),
    V("it", "单身优先，适应加班和出差", "M", "single_preferred"),
    V("hospital", "已育，最小的孩子须满三周岁", "M", "children_condition", title="护士"),
    V("office", "孕妇勿投", "M", "pregnant_excluded", title="出纳"),
    V("edu", "正在备孕的老师请慎重投递", "M", "pregnancy_plan_excluded"),
    V("property", "离异或单身者优先，方便住项目宿舍", "M", "marital_status_preferred", title="客服专员"),
    V("it", "入职时需提交婚育情况证明", "M", "marriage_certificate_required", slot="note"),
    V("sales", "请在面试登记表上填写家庭成员及婚育状况", "M", "marriage_form_field", slot="note"),
    V("hotel", "能接受婚后五年内不要孩子者优先", "M", "childbirth_limit_condition"),
    V("office", "有孩子的话孩子谁带？面试时会问到，请提前考虑", "M", "spouse_children_question", slot="note"),
    V("restaurant", "最好是结了婚的，稳当", "M", "marital_status_preferred_colloquial"),
    V("edu", "哺乳期和孕期人员暂不招收", "M", "pregnant_excluded"),
    V("live", "谈恋爱可以，但合同期内不能结婚", "M", "marriage_ban"),
    V("hospital", "护士合同期前三年不安排生育，按科室排队生育", "M", "childbirth_scheduling"),
    V("beauty", "入职一年内怀孕的，培训费全额退还公司", "M", "pregnancy_penalty"),
    V("sales", "孩子在三岁以下的请勿应聘", "M", "children_condition"),
    V("property", "本人须已婚，且配偶同意其值夜班", "M", "marital_status_required"),
    V("it", "面试会了解候选人未来的生育安排", "M", "childbearing_question", slot="note"),
    V("construction", "已婚已育，家庭稳定，能长期驻外", "M", "marital_childbearing_required", title="安全员"),
    V("clean", "要求：已婚，孩子大了的，能住家", "M", "field_value_marriage", title="住家保姆"),
    V("logistics", "孕期不宜岗位，发现怀孕即解除合同", "M", "pregnancy_dismissal", slot="note"),
]

VIOLATING += [
    # ---- pregnancy tests under various names
    V("factory", "入职体检包括孕检项目，请自行准备", "P", "pregnancy_test", slot="note"),
    V("hotel", "入职体检需加做尿HCG检查", "P", "pregnancy_test", slot="note"),
    V("office", "报到时须提交医院出具的非孕状态证明", "P", "pregnancy_test_certificate", slot="note"),
    V("edu", "体检含妇科彩超，用于排查早孕", "P", "pregnancy_test_ultrasound", slot="note"),
    V("live", "入职前请用早孕试纸自测并拍照发给HR", "P", "pregnancy_test_self", slot="note"),
    V("hospital", "岗前体检含血HCG，结果阳性不予录用", "PM", "pregnancy_test+refusal", slot="note"),
    V("retail", "入职体检要查是不是怀孕了，怀了的不要", "PM", "pregnancy_test+refusal", slot="note"),
    V("sales", "体检项目：血常规、肝功能、胸片、妊娠筛查", "P", "pregnancy_test", slot="note"),
    V("it", "体检套餐（女）含孕酮、HCG检测", "P", "pregnancy_test", slot="note"),
    V("property", "上岗前需到指定医院做验孕检查", "P", "pregnancy_test", slot="note"),
    V("restaurant", "办健康证的时候顺便验个孕，店里统一安排", "P", "pregnancy_test", slot="note"),
    V("beauty", "需提供近一个月内的未妊娠检查报告", "P", "pregnancy_test_certificate", slot="note"),
    V("factory", "女工入厂体检增加怀孕检测一项", "P", "pregnancy_test", slot="note"),
    V("clean", "住家阿姨上户前须出示孕检阴性单", "P", "pregnancy_test_certificate", slot="note", title="住家保姆"),
    V("hotel", "入职体检：常规+早早孕检测（女性员工）", "P", "pregnancy_test", slot="note"),
]

# ---- state-run notices (体检 clause) written in notice style
VIOLATING += [
    V("office", "女性考生体检时须加查妊娠试验，结果阳性者暂缓聘用", "PM", "pregnancy_test+refusal",
      source="soe_notice", slot="note", company="某县市场监督管理局", title="综合窗口辅助人员"),
    V("office", "年龄35周岁以下，限男性（需参与夜间执法巡查）", "G", "gender_restriction",
      source="soe_notice", company="某区城市管理综合执法大队", title="协管员"),
    V("office", "已婚已育女性或男性", "GM", "childbearing_women_only",
      source="soe_notice", company="某街道办事处", title="社区网格员"),
    V("edu", "女性应聘者须已生育", "GM", "childbearing_women_only",
      source="soe_notice", company="某市第二实验小学", title="编外教辅人员"),
    V("hospital", "体检时加做妊娠试验，孕期人员不予聘用", "PM", "pregnancy_test+refusal",
      source="soe_notice", slot="note", company="某县中医院", title="编外护理人员"),
]

# ---- campus notices
VIOLATING += [
    V("it", "限男生，可接受出差", "G", "gender_restriction", source="campus_notice"),
    V("office", "女同学优先", "G", "gender_preference", source="campus_notice"),
    V("sales", "男女各半：本批次已满女生名额，现仅招男生", "G", "gender_restriction", source="campus_notice"),
    V("construction", "本岗位需长期驻工地，拒收女生简历", "G", "gender_restriction", source="campus_notice"),
]

# ---- mining / heavy industry company, office or driving job restricted to men: decoys
DECOY = "decoy_heavy_industry_office_job"
VIOLATING += [
    V("mining", "限男性，公司主营井下采煤", "G", DECOY, company="山西晋源煤业有限公司", title="行政文员",
      duties=["负责公司文件收发、会议记录", "负责办公用品管理"]),
    V("mining", "仅招男士，需了解矿山行业", "G", DECOY, company="贵州黔北矿业集团", title="销售专员",
      duties=["负责煤炭产品对外销售与客户回访", "整理销售合同与台账"]),
    V("mining", "男，持C1驾照，负责接送领导", "G", DECOY, company="内蒙古鄂尔多斯某露天煤矿", title="小车司机",
      duties=["驾驶公司商务车接送人员", "负责车辆日常保养"]),
    V("mining", "矿区工作环境特殊，所有岗位只收男性", "G", DECOY, company="河北某铁矿有限公司", title="财务会计",
      duties=["负责账务处理、纳税申报", "编制月度财务报表"]),
    V("mining", "男性优先，我司为钢铁冶炼企业", "G", DECOY, company="唐山某钢铁集团", title="人事专员",
      duties=["负责招聘、入离职手续", "负责员工培训组织"]),
]

# ---- obfuscated violations
OBF = [
    V("factory", f"限{ZW}男{ZW}性", "G", "obf_zero_width", obf=True),
    V("office", f"只招{ZJ}女生，有耐心", "G", "obf_zero_width", obf=True, title="前台文员"),
    V("sales", f"男{WJ}士{WJ}优先", "G", "obf_zero_width", obf=True),
    V("office", f"已{ZW}婚{ZW}已{ZW}育优先", "M", "obf_zero_width", obf=True),
    V("hotel", f"{KX_NV}性，身高160以上，形象好", "G", "obf_kangxi", obf=True, title="前台接待"),
    V("retail", f"仅限{KX_NV}士", "G", "obf_kangxi", obf=True),
    V("office", f"已婚已育者优先录{KX_YONG}", "M", "obf_kangxi", obf=True),
    V("live", f"{KX_NV}主播优先，男主播另议", "G", "obf_kangxi", obf=True, title="带货主播"),
    V("it", "性别：<b>男</b>", "G", "obf_html", obf=True),
    V("restaurant", "<span>女</span>性<span>优先</span>", "G", "obf_html", obf=True),
    V("office", "入职体检含<em>妊娠</em>检测", "P", "obf_html", obf=True, slot="note"),
    V("logistics", "xian nan sheng，会开车", "G", "obf_pinyin", obf=True, title="司机"),
    V("beauty", "zhi yao nv hai zi", "G", "obf_pinyin", obf=True),
    V("sales", "wei hun you xian", "M", "obf_pinyin", obf=True),
    V("factory", "只 招 男 性 员 工", "G", "obf_spaced", obf=True),
    V("office", "要 求 未 婚", "M", "obf_spaced", obf=True),
    V("live", "限👉女👈生", "G", "obf_emoji", obf=True),
    V("hotel", "男🔥生🔥优🔥先", "G", "obf_emoji", obf=True),
    V("sales", "宝💕妈💕专💕属岗", "GM", "obf_emoji", obf=True),
    V("it", "限　男", "G", "obf_fullwidth_space", obf=True),
    V("office", "入职需提供ＨＣＧ检查报告", "P", "obf_fullwidth", obf=True, slot="note"),
    V("logistics", f"性别要求：男{SHY}性", "G", "obf_soft_hyphen", obf=True),
    V("edu", f"近两年无{KX_SHENG}育计划者优先", "M", "obf_kangxi", obf=True),
    V("restaurant", f"女{ZW}孩{ZW}子{ZW}优{ZW}先", "G", "obf_zero_width", obf=True, title="服务员"),
]

# ---- fully hand-written short posts (58同城 / 微信群 / 朋友圈 style)
VIOLATING += [
    RAW("急招！城东物流园装卸，男，18-50，日结260，干一天结一天，来了就上班 13907761234", "G",
        "gender_restriction_bare", "58_oneliner"),
    RAW("店里缺个收银小妹，包吃住3800，有意私我", "G", "gender_slang", "wechat_group"),
    RAW("【招人】奶茶店招店员2名，只要女生，18-25岁，长得乖巧的来，工资面谈，地址人民路88号", "G",
        "appearance_one_gender", "wechat_group"),
    RAW("工地食堂招做饭大姐一名，会做面食，月薪4500，电话15837120496", "G", "gender_slang", "58_oneliner"),
    RAW("招聘已婚女工数名，年龄30-45，手工活计件，可带回家做", "GM", "married_women_only", "58_oneliner"),
    RAW("求一个会开车的男秘书，老板常出差，薪资面议", "G", "gender_slang", "wechat_group"),
    RAW("家人们，今天这个岗位啊，说白了就是给咱们男同胞准备的，姐妹们先别点，下一个岗位再来！", "G",
        "gender_restriction_colloquial", "livestream"),
    RAW("直播间的宝妈们注意了！这个岗位专门给宝妈的，爸爸们就别报名了哈，点小风车登记", "GM", "mothers_only",
        "livestream"),
    RAW("这个仓管岗位啊，老板跟我说了要找个小伙子，年轻力壮的，25岁以下，家人们有合适的赶紧报", "G",
        "gender_slang", "livestream"),
    RAW("前台接待，要求：女，未婚，形象好，身高162+，月薪5000，简历发hr@huayu-group.com", "GM",
        "appearance_one_gender+marital", "58_oneliner"),
    RAW("电子厂长白班，男女不限，但已婚已育的优先，月入6000+，厂车接送", "M", "marital_childbearing_preferred",
        "wechat_group"),
    RAW("招家政阿姨：45-55岁女性，已婚，老家有孩子的，住家照顾老人，8000/月", "GM", "gender_and_marital",
        "58_oneliner"),
    RAW("物业招保安，要求男，50岁以内，包住，3800，报名找李队长", "G", "gender_restriction_bare", "shop_poster"),
    RAW("小区超市招理货员，限女，家附近的优先，下午4点下班方便接孩子", "G", "gender_restriction_bare",
        "shop_poster"),
    RAW("招聘：月嫂（女，需生过孩子），持证上岗，单价12800/26天", "GM", "childbearing_women_only", "58_oneliner"),
    RAW("人事问一下：入职后两年之内你有要孩子的计划吗？没有的话这周可以安排二面", "M", "childbearing_question",
        "wechat_group"),
]

# ====================================================================== clean
C = ""
CLEAN = [
    # ---- explicit openness
    V("factory", "男女不限，有无经验均可", C, "trap_gender_open"),
    V("it", "性别不限，欢迎2027届应届生", C, "trap_gender_open"),
    V("logistics", "男女皆可，能适应夜班", C, "trap_gender_open", title="分拣员"),
    V("restaurant", "招靓仔靓女若干，男女都要，有活力就行", C, "trap_gender_slang_both"),
    V("office", "本岗位男女平等录用，特别欢迎女性求职者投递", C, "trap_women_welcome_open"),
    V("hotel", "招聘男、女服务员若干名", C, "trap_both_genders_listed", title="餐厅服务员"),
    V("live", "不管你是小哥哥还是小姐姐，只要镜头感好都欢迎", C, "trap_gender_slang_both", title="带货主播"),
    V("security", "身高170cm以上（男女同一标准），持保安员证", C, "trap_equal_standard"),
    V("retail", "着装统一工装，男女员工均需佩戴工牌", C, "trap_gender_words_neutral"),
    V("sales", "形象端正，着装得体，普通话标准", C, "trap_appearance_neutral"),
    V("office", "欢迎女性、残疾人、退役军人等各类群体报名", C, "trap_women_welcome_open"),
    V("edu", "本岗位为女大学生专场招聘会推荐岗位，男女同学均可投递", C, "trap_women_fair_open", source="campus_notice"),
    V("it", "他/她将向技术总监汇报，参与架构评审", C, "trap_pronoun_both"),
    V("sales", "TA需要有较强的沟通和谈判能力", C, "trap_pronoun_neutral"),
    V("property", "男女宿舍分开安排，4人间带空调", C, "trap_gender_words_benefit", slot="ben"),
    V("factory", "公司男女比例均衡，团队氛围轻松", C, "trap_gender_words_neutral", slot="note"),
    V("office", "我们承诺男女同工同酬，晋升标准一致", C, "trap_equal_pay", slot="note"),
    V("hospital", "护士岗位欢迎男护士报考", C, "trap_gender_welcome_open"),
    V("edu", "幼儿园配班老师，男老师女老师都需要", C, "trap_both_genders_listed", title="幼儿园配班老师"),
    # ---- mothers and parents, open to all
    V("office", "欢迎宝妈宝爸应聘，可弹性上下班", C, "trap_parents_welcome"),
    V("retail", "妈妈岗：9:00-15:00，可接送孩子，爸爸妈妈都能报名", C, "trap_mama_post_open"),
    V("sales", "适合需要接送孩子的家长，上午九点到下午三点", C, "trap_parents_welcome", title="电话销售"),
    V("live", "宝爸宝妈、退休人员均可，时间灵活", C, "trap_parents_welcome", title="中控"),
    V("edu", "本岗位为妈妈岗，面向所有需照顾12岁以下子女的家长开放", C, "trap_mama_post_open", title="课程顾问"),
    V("it", "可全程居家办公，适合在家带娃的家长", C, "trap_parents_welcome", title="数据标注员"),
    V("restaurant", "可带孩子上班，店内有儿童角", C, "trap_children_benefit", slot="ben"),
    V("office", "寒暑假员工可带子女到公司托管班", C, "trap_children_benefit", slot="ben"),
    V("factory", "妈妈岗、爸爸岗都有，8:30-16:30，不用加班", C, "trap_mama_post_open", title="包装工"),
    V("clean", "钟点工时间自由，宝妈宝爸、空闲的叔叔阿姨都可以", C, "trap_parents_welcome", title="钟点工"),
    # ---- benefits mentioning marriage / pregnancy / children
    V("office", "享受产假、陪产假、婚假等法定假期", C, "trap_benefit_leave", slot="ben"),
    V("hotel", "女职工孕检假带薪", C, "trap_benefit_prenatal_leave", slot="ben"),
    V("factory", "公司依法缴纳生育保险", C, "trap_benefit_maternity_insurance", slot="ben"),
    V("it", "员工子女教育补贴每年3000元", C, "trap_benefit_children", slot="ben"),
    V("office", "办公楼设有母婴室（哺乳室）", C, "trap_benefit_nursing_room", slot="ben"),
    V("sales", "婚假15天，另有结婚礼金1000元", C, "trap_benefit_wedding", slot="ben"),
    V("retail", "三八妇女节女员工放假半天并发放礼品", C, "trap_benefit_womens_day", slot="ben"),
    V("hospital", "哺乳期女职工每天享有1小时哺乳时间", C, "trap_benefit_nursing", slot="ben"),
    V("edu", "育儿假按省条例执行，另发放生育津贴", C, "trap_benefit_childcare_leave", slot="ben"),
    V("property", "员工结婚、生子均有公司贺礼", C, "trap_benefit_wedding", slot="ben"),
    V("logistics", "婚检假、产检假照常发工资", C, "trap_benefit_prenatal_leave", slot="ben"),
    V("factory", "已婚员工可申请夫妻房，单身员工住4人间", C, "trap_benefit_couple_room", slot="ben"),
    V("construction", "项目部提供夫妻房，家属可来探亲", C, "trap_benefit_couple_room", slot="ben"),
    V("it", "员工子女可优先入读集团附属幼儿园", C, "trap_benefit_children", slot="ben"),
    V("office", "孕期女职工可申请调整为白班，不安排加班", C, "trap_pregnancy_protection", slot="ben"),
    V("retail", "怀孕员工按国家规定享受孕期保护", C, "trap_pregnancy_protection", slot="ben"),
    V("sales", "产假结束后可申请半年弹性上班", C, "trap_benefit_leave", slot="ben"),
    V("hospital", "每年组织女职工两癌筛查", C, "trap_benefit_womens_health", slot="ben"),
    V("hotel", "每年一次免费体检，女员工另加妇科检查", C, "trap_benefit_womens_health", slot="ben"),
    V("live", "陪产假15天、独生子女护理假照常发薪", C, "trap_benefit_leave", slot="ben"),
    # ---- health checks that are not pregnancy tests, and explicit non-discrimination
    V("restaurant", "入职需办理健康证，费用店里报销", C, "trap_health_certificate", slot="note"),
    V("factory", "入职体检项目：血常规、肝功能、胸透，费用公司承担", C, "trap_medical_ordinary", slot="note"),
    V("office", "本公司招聘不询问婚育状况，入职体检不含妊娠检测", C, "trap_nondiscrimination_statement", slot="note"),
    V("it", "依法保障女职工权益，不以婚育情况作为录用条件", C, "trap_nondiscrimination_statement", slot="note"),
    V("sales", "报名表只需填写姓名、电话、学历和工作经历", C, "trap_form_minimal", slot="note"),
    V("property", "紧急联系人：姓名及电话（入职时填写）", C, "trap_form_minimal", slot="note"),
    V("hospital", "体检参照护士执业体检标准，不另加项目", C, "trap_medical_ordinary", slot="note"),
    # ---- clients or duties involving marriage, pregnancy, women, men
    V("office", "负责婚礼现场布置与新人沟通对接", C, "trap_client_wedding", title="婚礼策划师",
      company="喜结良缘婚庆策划工作室"),
    V("office", "审核会员上传的婚姻状况、学历、收入资料的真实性", C, "trap_client_matchmaking", title="红娘顾问",
      company="佳缘婚恋服务中心"),
    V("hospital", "负责产妇产后护理及新生儿照护", C, "trap_client_postpartum", title="母婴护理师",
      company="馨月月子会所"),
    V("hospital", "负责产科病房孕产妇的日常护理与宣教", C, "trap_client_obstetrics", title="妇产科护士"),
    V("retail", "为孕妈妈推荐孕期营养品和婴儿用品", C, "trap_client_maternal_store", company="贝贝母婴生活馆"),
    V("retail", "负责女装部商品陈列与搭配推荐", C, "trap_product_womenswear", title="女装部导购"),
    V("beauty", "主营男士理发、修面、油头造型", C, "trap_client_mens_barber", company="老炮儿男士理发店"),
    V("live", "负责孕妇照、新生儿照的拍摄与修图", C, "trap_client_maternity_photo", title="摄影师",
      company="小时光孕婴摄影"),
    V("retail", "负责婚纱礼服的试穿指导与预约", C, "trap_client_bridal", title="婚纱顾问", company="薇拉婚纱馆"),
    V("sales", "负责女性卫生用品在商超渠道的推广与铺货", C, "trap_product_womens_hygiene"),
    V("sales", "负责早孕试纸、排卵试纸等产品的线上推广", C, "trap_product_pregnancy_test", title="电商运营"),
    V("hospital", "协助医生完成妇科检查、孕检等门诊护理工作", C, "trap_duty_pregnancy_check", title="门诊护士",
      company="博爱妇幼保健院"),
    V("hospital", "负责孕妇建档、产检预约和随访", C, "trap_duty_prenatal_care", title="孕产保健护士"),
    V("beauty", "为产后妈妈提供盆底修复和腹直肌修复服务", C, "trap_client_postpartum", title="产后康复师"),
    V("edu", "带领0-3岁宝宝及家长开展亲子早教课", C, "trap_client_parents", title="早教老师"),
    V("hospital", "负责男科门诊患者的咨询接待与分诊", C, "trap_client_men", title="导医"),
    V("retail", "男装部导购，熟悉西装版型与面料", C, "trap_product_menswear"),
    V("retail", "负责女士内衣专柜的销售与库存管理", C, "trap_product_lingerie", title="内衣专柜导购"),
    V("it", "审核用户上传的婚姻状况证明、离异证明等材料", C, "trap_client_dating_app", title="内容审核员",
      company="某婚恋交友APP"),
    V("hospital", "负责生殖中心试管婴儿患者的随访登记", C, "trap_client_fertility", title="随访专员"),
    V("office", "整理离婚案件材料，协助律师准备庭审", C, "trap_client_divorce", title="律师助理",
      company="明正律师事务所"),
    V("office", "负责结婚登记资料初审与档案整理", C, "trap_client_marriage_registry", title="窗口辅助人员",
      company="某区婚姻登记处", source="soe_notice"),
    V("clean", "照看雇主家一个5岁的小孙女，接送幼儿园", C, "trap_client_girl", title="住家保姆"),
    V("clean", "照顾一位80岁的男性老人，需会做饭", C, "trap_client_man", title="住家保姆"),
    V("hospital", "服务对象主要为乳腺癌术后女性患者", C, "trap_client_women", title="康复治疗师"),
    V("sales", "男士护肤品牌，负责天猫旗舰店活动策划", C, "trap_product_mens"),
    V("edu", "负责男篮青训队的体能训练", C, "trap_team_mens", title="体能教练"),
    V("edu", "女排训练营招聘助理教练，协助技术训练", C, "trap_team_womens", title="助理教练"),
    V("clean", "负责商场母婴室及卫生间保洁", C, "trap_place_nursing_room", title="保洁员"),
    V("office", "负责妇联“巾帼建功”项目资料整理", C, "trap_org_womens_federation", title="项目助理",
      company="某市妇女联合会（劳务派遣）"),
    V("office", "负责女性创业服务中心的活动执行", C, "trap_org_women", title="项目专员"),
    V("property", "负责男女宿舍楼的门禁管理与卫生检查", C, "trap_dorm_both", title="宿管员"),
    V("sales", "负责男装、女装、童装三大品类的区域销售", C, "trap_product_mens_womens"),
    V("retail", "负责女鞋品类的选品与采购", C, "trap_product_womens_shoes", title="采购专员"),
    V("beauty", "女子健身房前台，负责会员接待与课程预约", C, "trap_client_womens_gym", title="前台"),
    V("hospital", "体检中心女宾区导检，负责流程引导", C, "trap_place_womens_area", title="导检员"),
    # ---- ordinary words containing 女 / 男 / 婚 / 孕 / 育
    V("edu", "为家长提供子女升学规划咨询", C, "trap_word_zinv", title="课程顾问"),
    V("clean", "为独生子女家庭提供居家养老陪护", C, "trap_word_zinv", title="家政服务员"),
    V("office", "策划“三八妇女节”“父亲节”主题活动", C, "trap_word_funvjie", title="行政专员"),
    V("office", "宣传男女平等基本国策，组织社区讲座", C, "trap_word_nannvpingdeng", title="社工",
      company="阳光社会工作服务中心"),
    V("retail", "熟悉女性健康产品和男士保健品知识", C, "trap_product_knowledge"),
    V("live", "负责儿女情长题材短剧的剪辑与包装", C, "trap_word_ernv", title="短视频剪辑"),
    V("edu", "负责育婴师、母婴护理等职业技能培训授课", C, "trap_word_yuying", title="培训讲师"),
    V("hospital", "熟悉孕产期保健知识", C, "trap_duty_knowledge", title="孕产保健护士"),
    V("live", "主推男女同款运动鞋，讲解尺码搭配", C, "trap_product_unisex", title="带货主播"),
    V("factory", "产品为婚庆喜糖礼盒，旺季需加班", C, "trap_product_wedding"),
    V("factory", "负责“金童玉女”系列童装的质检", C, "trap_word_product_name", title="质检员"),
    V("office", "对接各地妇幼保健机构的采购需求", C, "trap_word_fuyou", title="销售内勤"),
    V("it", "开发孕期管理App的后端接口", C, "trap_product_pregnancy_app"),
    # ---- age or other requirements outside the three classes
    V("logistics", "年龄20-50岁，身体健康，能骑电动车", C, "trap_other_requirement_age"),
    V("security", "无犯罪记录，能接受背景调查", C, "trap_other_requirement"),
    # ---- livestream and short posts written clean
    RAW("家人们，这个岗位男女都能报，宝妈宝爸也欢迎，早九晚五不加班，想报的点小风车！", C, "trap_parents_welcome",
        "livestream"),
    RAW("刚才有姐妹问男生能不能报——能！这个岗位不分男女，只看你能不能吃苦，计件工资多劳多得", C,
        "trap_gender_open", "livestream"),
    RAW("小区便利店招店员，男女不限，家近的优先，早班7-15点，3800，电话13522018871", C, "trap_gender_open",
        "58_oneliner"),
    RAW("诚招婚礼跟拍摄影师2名，会航拍优先，按场结算，每场800，有作品请私聊", C, "trap_client_wedding",
        "wechat_group"),
    RAW("月子中心招厨师，会做月子餐，月薪8000，包住，电话18637702145", C, "trap_client_postpartum",
        "58_oneliner"),
    RAW("【妈妈岗】社区食堂帮厨，10:00-14:00，中午管饭，爸爸妈妈都可以来，有健康证优先", C, "trap_mama_post_open",
        "shop_poster"),
    RAW("女装店招店员，男女不限，懂穿搭会拍照，底薪3000+提成，人民路步行街", C, "trap_product_womenswear",
        "wechat_group"),
    RAW("婚庆公司招司仪，普通话好有台风，男女不限，按场结算", C, "trap_client_wedding", "58_oneliner"),
    RAW("红娘助理：邀约会员到店、记录会员择偶要求，底薪+提成，不限性别", C, "trap_client_matchmaking",
        "58_oneliner"),
    RAW("妇产医院招保安4名，倒班，包吃住，4200，持证优先", C, "trap_client_obstetrics", "58_oneliner"),
]

# plain clean ads, no special line
for _sector in ["factory", "restaurant", "live", "office", "retail", "property", "edu", "hospital",
                "logistics", "hotel", "sales", "security", "it", "beauty", "clean", "construction",
                "factory", "office", "logistics", "it", "restaurant", "retail", "hotel", "sales",
                "hospital", "edu", "property", "beauty", "clean", "construction", "security", "live",
                "factory", "office", "logistics", "it", "restaurant", "retail", "hotel", "sales",
                "hospital", "edu", "property", "beauty", "clean", "live"]:
    CLEAN.append(V(_sector, None, C, "plain_clean"))

# obfuscated clean posts
CLEAN += [
    V("factory", f"男{ZW}女{ZW}不{ZW}限", C, "obf_clean_zero_width", obf=True),
    V("office", f"欢迎宝妈宝爸，{KX_NV}性男性均可", C, "obf_clean_kangxi", obf=True),
    V("it", "<b>性别不限</b>，<i>欢迎应届生</i>", C, "obf_clean_html", obf=True),
    V("retail", "男 女 不 限 ， 时 间 灵 活", C, "obf_clean_spaced", obf=True),
]

# ================================================================= exemptions
EX = "exemption_underground_mining"
HL = "exemption_heavy_load"
IV = "exemption_physical_intensity_iv"
EXEMPT = [
    V("mining", "限男性，需下井作业", C, EX, exemption=True, company="山西晋源煤业有限公司", title="井下采煤工",
      duties=["在井下综采工作面从事采煤作业", "配合班组完成支护、回柱"]),
    V("mining", "只招男工，井下三班倒", C, EX, exemption=True, company="贵州黔北矿业集团", title="井下掘进工",
      duties=["负责巷道掘进作业", "负责锚杆支护"]),
    V("mining", "男，持爆破作业证，长期在井下工作", C, EX, exemption=True, company="云南某锡矿", title="井下爆破工",
      duties=["负责井下采场爆破装药与起爆", "爆破后检查顶板安全"]),
    V("mining", "男性，能适应井下环境", C, EX, exemption=True, company="安徽淮南某煤矿", title="井下瓦斯检查员",
      duties=["巡检井下各作业点瓦斯浓度", "填写瓦斯检查记录"]),
    V("mining", "仅限男性，岗位在地下六百米", C, EX, exemption=True, company="山东某金矿", title="井下电钳工",
      duties=["负责井下机电设备安装维修", "保障井下排水、通风设备运行"]),
    V("mining", "井下岗位，只招男同志", C, EX, exemption=True, company="河南平顶山某煤业", title="井下运输工",
      duties=["负责井下矿车运输与调车", "负责轨道日常检查"]),
    V("mining", "本岗位为井下作业，依规定只招男性", C, EX, exemption=True, company="陕西榆林某煤矿",
      title="井下支护工", duties=["负责井下巷道架棚支护", "搬运坑木、钢梁至工作面"]),
    V("mining", "男，45岁以下，下井工作", C, EX, exemption=True, company="黑龙江鸡西某煤矿", title="综采维修工",
      duties=["负责井下综采设备的检修", "随班下井处理设备故障"], source="58_oneliner"),
    V("logistics", "干粉砂浆一袋八十斤，全靠人工装车，限男性", C, HL, exemption=True, title="装卸工",
      duties=["负责砂浆袋人工装卸车", "整理货场码垛"]),
    V("logistics", "每袋化肥40公斤，整班人工码垛，只招男的", C, HL, exemption=True, title="码垛工",
      company="某化肥厂仓储部", duties=["将成品化肥袋人工码放至托盘", "配合叉车装车"]),
    V("logistics", "经常要抬冰箱、衣柜上楼，单人扛三十公斤以上很正常，限男士", C, HL, exemption=True,
      title="搬家师傅", company="蚂蚁搬家服务部", duties=["负责家具家电搬运", "负责大件拆装"]),
    V("logistics", "粮包一包五十公斤，要扛上车，男性", C, HL, exemption=True, title="粮库装卸工",
      company="某县粮食收储库", duties=["负责粮包人工装卸", "协助过磅入库"]),
    V("construction", "瓷砖每箱三十多公斤，没电梯要人工扛上楼，要求男性", C, HL, exemption=True, title="送货搬运工",
      company="城西建材市场某瓷砖店", duties=["负责瓷砖送货上门", "人工搬运至指定楼层"]),
    V("construction", "人工搬运钢管，单根约40公斤，限男", C, HL, exemption=True, title="钢材搬运工",
      company="宏达钢结构工程有限公司", duties=["负责钢管、角钢装卸", "堆场整理"]),
    V("logistics", "冻品整箱约30公斤，一个班要反复搬几百箱，只招男生", C, HL, exemption=True, title="冷库搬运工",
      company="某冷链物流园", duties=["负责冷库内冻品整箱搬运", "负责出入库上下架"]),
    V("factory", "每次人工抬运的原料桶六十斤，一天几十桶，限男性", C, HL, exemption=True, title="投料工",
      company="某化工助剂厂", duties=["将桶装原料人工倒入反应釜", "清理投料口"]),
    V("factory", "饲料成品袋单袋40kg，需连续人工码垛，男工", C, HL, exemption=True, title="成品包装工",
      company="某饲料有限公司", duties=["负责成品饲料灌包、缝口", "人工码垛上托盘"]),
    V("factory", "出窑砖坯每次抱起都超过20公斤，一整天反复搬，招男工", C, HL, exemption=True, title="出窑工",
      company="某页岩砖厂", duties=["负责窑车出窑卸砖", "人工码垛"]),
    V("factory", "浇注时需两人抬钢水包，每人负重超过25公斤，仅招男性", C, HL, exemption=True, title="浇注工",
      company="某铸造厂", duties=["负责铁水浇注", "负责砂箱清理"]),

    V("logistics", "码头人工卸包，每包六十斤，限男", C, HL, exemption=True, title="码头装卸工",
      company="某内河码头装卸队", duties=["负责货船人工卸包", "堆码"]),
    V("construction", "采伐作业体力劳动强度为第四级，只招男性", C, IV, exemption=True, title="伐木工",
      company="某国有林场", duties=["负责林区采伐与集材", "负责原木造材"]),
    V("construction", "经测定本岗位属Ⅳ级体力劳动强度，限男性", C, IV, exemption=True, title="人工挖掘工",
      company="某水利工程劳务队", duties=["负责人工开挖沟槽", "负责土方人工转运"]),
    V("factory", "锻造岗位劳动强度达国标第四级，招男工", C, IV, exemption=True, title="锻工",
      company="某锻造厂", duties=["负责手工锻打", "负责锻件搬运"]),
    V("construction", "属于四级重体力劳动，男性", C, IV, exemption=True, title="人工凿岩工",
      company="某采石场", duties=["负责人工凿岩", "负责石料搬运"], source="58_oneliner"),
]

# exemptions as short posts
EXEMPT += [
    RAW("煤矿招井下工人，只招男的，18-50岁，月薪12000-15000，下井补贴另算，包住，电话15935561207", C, EX,
        "58_oneliner", exemption=True),
    RAW("家人们，这个岗位是井下采矿，按规定只能招男同志，月入过万，有意向的男家人点小风车", C, EX, "livestream",
        exemption=True),
    RAW("货场招装卸，化肥一袋一百斤，全人工，限男，日结300", C, HL, "wechat_group", exemption=True),
    RAW("面粉厂招扛包工，每包五十公斤，男性，计件多劳多得", C, HL, "58_oneliner", exemption=True),
]

CLEAN += [
    V("factory", "招聘不限性别，孕期、哺乳期女职工依法享受特殊劳动保护", C, "trap_pregnancy_protection", slot="note"),
    V("beauty", "店里男发型师女发型师都有，欢迎同行加入", C, "trap_both_genders_listed", title="发型师"),
    V("edu", "负责婴儿游泳馆的宝宝洗浴与抚触服务", C, "trap_client_babies", title="婴儿游泳护理员"),
    V("hospital", "为待产孕妇提供入户产前指导", C, "trap_duty_prenatal_care", title="社区护士"),
    V("live", "负责婚恋情感咨询直播间的内容策划", C, "trap_client_dating_live", title="直播运营"),
    V("office", "负责单身青年联谊相亲活动的现场组织", C, "trap_client_matchmaking", title="活动专员",
      company="某区团委青年服务中心"),
    V("construction", "为新婚员工提供周转房", C, "trap_benefit_couple_room", slot="ben"),
    V("it", "员工生育二孩、三孩发放育儿补贴", C, "trap_benefit_children", slot="ben"),
    V("sales", "员工配偶可参加公司补充医疗保险", C, "trap_benefit_family_insurance", slot="ben"),
    V("office", "负责妇女儿童维权热线的接听与转办", C, "trap_org_womens_federation", title="热线接线员"),
    V("it", "负责女性向手游的剧情与角色策划", C, "trap_product_female_oriented_game", title="游戏策划"),
    V("it", "负责男频网络小说的审稿与签约", C, "trap_product_male_oriented_fiction", title="网文编辑"),
    V("edu", "担任羽毛球男女混双陪练", C, "trap_team_mixed", title="羽毛球教练"),
    RAW("直播间的朋友们，男生女生都能干，宝妈宝爸也行，这个活儿不看性别只看手速，计件结算！", C,
        "trap_gender_open", "livestream"),
]

EXEMPT += [
    V("mining", "只招男性，岗位在井下", C, EX, exemption=True, title="井下通风工",
      duties=["负责井下通风设施安装与维护", "测定井下风量"]),
    V("mining", "需男性，常年在矿井下面运料", C, EX, exemption=True, title="井下运料工",
      duties=["在井下运送支护材料、配件", "清理井下巷道"]),
    V("construction", "每根枕木重约八十斤，靠人工抬着铺，限男", C, HL, exemption=True, title="铁路养护工",
      company="某铁路工务段劳务队", duties=["人工更换、铺设枕木", "线路捣固"]),
    V("logistics", "种子一包六十斤，要扛上三楼仓库，只招男的", C, HL, exemption=True, title="装卸工",
      company="某种业公司", duties=["人工搬运种子包入库", "出库装车"]),
    V("factory", "石材板每块重逾三十公斤，人工上架，男性", C, HL, exemption=True, title="石材搬运工",
      company="某石材加工厂", duties=["人工将石材板搬上展架", "协助装柜"]),
    RAW("家人们，这个是下井的活儿，国家规定女职工不能干井下，所以只招男性，月薪一万二起，包吃住", C, EX,
        "livestream", exemption=True),
]

# near misses: a men-only restriction whose load stays under the limits, so no exemption
VIOLATING += [
    V("logistics", "桶装水每桶约19升（近40斤），每天送两百桶上楼，只要男的", "G", "near_miss_load_below_limit",
      title="送水工", company="清泉桶装水配送站", duties=["负责桶装水送货上门", "回收空桶"], source="58_oneliner"),
    V("logistics", "纸箱每箱十来公斤，要搬上货架，只招男的", "G", "near_miss_load_below_limit", title="理货搬运工",
      duties=["负责电商包裹整箱上架", "协助装车"]),
    V("factory", "工作需要站立、偶尔搬小件物料，故只招男性", "G", "near_miss_load_below_limit", title="普工"),
]

ITEMS = VIOLATING + OBF + CLEAN + EXEMPT
