"""Hand-written ordinary parts of job ads (no gender, marriage or pregnancy wording,
except the contact-person lines, which are a deliberate harmless trap)."""

ZH_COMPANIES = [
    "【鑫源物流】本公司成立于2009年，是一家集仓储、配送、城际运输于一体的综合物流企业，现因业务扩展招聘以下岗位。",
    "杭州云帆网络科技有限公司专注中小企业SaaS服务，团队120人，已获B轮融资。",
    "本店为连锁烘焙品牌，全市共有门店36家，主打现烤面包与节日蛋糕。",
    "XX餐饮管理有限公司旗下拥有“川味坊”等4个品牌，直营门店50余家。",
    "我司是一家专业从事汽车零部件生产的国家高新技术企业，厂区位于经济开发区，员工约800人。",
    "绿野家政服务中心成立十年，提供保洁、收纳、养老陪护等上门服务。",
    "本公司系某上市集团全资子公司，主营家用电器的研发与销售，渠道覆盖华东六省。",
    "诚信会计师事务所（普通合伙）具有财政部门颁发的执业许可，服务客户300余家。",
    "我们是一家社区连锁超市，门店分布在城区各大居民区，提供生鲜、日用品一站式购物。",
    "启明教育培训学校经教育局审批设立，开设少儿美术、书法、编程等课程。",
    "恒通建设工程有限公司具有房屋建筑总承包二级资质，在建项目12个。",
    "宏达电子厂主要生产手机充电器和数据线，订单稳定，长期招工。",
    "本酒店为四星级商务酒店，拥有客房210间、中西餐厅及会议中心。",
    "优品电商运营团队入驻天猫、京东、抖音等平台，年销售额过亿。",
    "仁和大药房是本省知名医药零售连锁企业，门店超过200家。",
    "锦程人力资源服务有限公司受客户委托，招聘以下岗位（派遣/外包）。",
    "本物业公司管理住宅小区及写字楼共18个项目，服务面积300万平方米。",
    "新锐广告传媒成立于2015年，提供品牌策划、短视频制作、活动执行服务。",
    "乐享健身连锁在本市拥有9家门店，会员2万余人。",
    "华康医疗器械有限公司代理多个国际品牌的影像与检验设备。",
    "本公司是一家外贸公司，主要出口家居用品到欧美市场，工作氛围轻松。",
    "湘味小厨因新店开业，现诚聘以下人员，欢迎有志之士加入。",
    "金桥保险代理公司为客户提供车险、寿险、健康险的咨询与理赔服务。",
    "安达保安服务公司是经公安机关批准成立的专业保安公司。",
    "本园为市一级幼儿园，现有12个班级，环境优美，设施齐全。",
    "博雅图书连锁致力于打造社区阅读空间，兼营文创与咖啡。",
    "汇丰纺织有限公司拥有现代化织造与印染生产线，产品远销东南亚。",
    "东方旅行社具有出境游资质，组织国内外团队游及定制游。",
]

# (title, duty, duty, ...)
ZH_JOBS = [
    ("仓库管理员", "负责货物的入库、出库登记及库存盘点", "维护仓库整洁，做好物品分类摆放", "配合物流部门安排发货", "使用WMS系统录入数据"),
    ("行政前台", "负责来访客户的接待与登记", "接听转接电话，收发快递", "会议室预定与办公用品采购", "协助行政主管处理日常事务"),
    ("销售代表", "开发新客户，维护老客户关系", "完成公司下达的月度销售指标", "收集市场信息并及时反馈", "参加展会及客户拜访"),
    ("会计", "负责日常账务处理、凭证录入", "编制月度、季度财务报表", "办理纳税申报及税务相关事宜", "协助年度审计工作"),
    ("出纳", "负责现金及银行账户的收付", "登记现金日记账和银行日记账", "办理银行对账、开票等事务"),
    ("客服专员", "通过电话和在线平台解答客户咨询", "处理订单问题及售后投诉", "记录客户反馈并汇总上报", "维护客户满意度"),
    ("厨师", "负责菜品的制作与出品质量", "协助厨师长研发新菜", "做好厨房卫生和食材管理"),
    ("服务员", "负责餐厅的点餐、传菜、收台", "热情接待顾客，解答菜品问题", "保持用餐区域整洁"),
    ("司机", "负责公司车辆的日常驾驶与接送", "做好车辆的保养、年检和清洁", "遵守交通法规，确保行车安全"),
    ("普工", "按照作业指导书完成流水线操作", "做好产品自检与标识", "遵守车间6S管理规定", "服从班组长安排"),
    ("质检员", "负责来料、制程及成品检验", "填写检验记录并统计不良率", "参与质量问题分析与改进"),
    ("新媒体运营", "负责公司公众号、小红书、抖音账号的内容策划与发布", "分析数据，优化内容方向", "策划线上活动提升粉丝量"),
    ("软件测试工程师", "根据需求编写测试用例并执行", "提交并跟踪缺陷直至关闭", "参与自动化测试框架建设"),
    ("Java开发工程师", "参与后端系统的设计与开发", "编写高质量、可维护的代码", "排查线上问题，优化系统性能"),
    ("人事专员", "负责招聘渠道维护、简历筛选与面试安排", "办理入离职手续及社保公积金", "维护员工档案"),
    ("店长", "负责门店日常运营与人员排班", "完成门店销售目标", "做好库存及陈列管理", "培训新员工"),
    ("收银员", "负责收银及对账工作", "为顾客办理会员卡", "协助理货和整理货架"),
    ("保洁员", "负责公共区域的清洁与消毒", "垃圾分类和清运", "按时完成保洁记录"),
    ("导购", "为顾客介绍商品，促成销售", "负责商品陈列和库存整理", "维护老顾客，建立会员档案"),
    ("文员", "负责文件整理、录入与归档", "制作表格和简单报表", "协助部门处理日常事务"),
    ("美术老师", "负责4-12岁学员的美术课程教学", "准备教案和教具", "与家长沟通学员学习情况"),
    ("药店营业员", "为顾客提供用药咨询及销售服务", "负责药品陈列、效期管理", "做好门店GSP记录"),
    ("电工", "负责厂区电气设备的安装、维修与保养", "定期巡检配电设施", "处理突发电力故障"),
    ("外卖骑手", "负责区域内外卖订单的取送", "按平台要求准时送达", "保持良好的服务态度"),
    ("平面设计师", "负责海报、宣传册、包装等设计", "配合运营完成活动视觉", "整理设计素材库"),
    ("酒店前台", "办理宾客入住、退房手续", "处理预订及结账", "解答宾客咨询，处理简单投诉"),
    ("电话销售", "通过电话向意向客户介绍产品", "邀约客户到店或线上成交", "做好客户信息登记"),
    ("保安", "负责小区门岗值守与巡逻", "外来人员及车辆登记", "配合处理突发事件"),
    ("理货员", "负责商品上架、补货、调价", "检查商品保质期", "维护货架整洁"),
    ("导游", "带领游客完成行程，讲解景点", "协调住宿、餐饮、交通", "处理行程中的突发情况"),
    ("短视频剪辑", "负责短视频的剪辑、包装与字幕", "跟进拍摄现场", "研究平台热门内容"),
    ("物业管家", "负责业主报事报修的受理与跟进", "催缴物业费", "组织社区活动"),
]

ZH_REQS = [
    "大专及以上学历，专业不限", "高中及以上学历", "有相关工作经验1年以上", "能熟练使用Excel、Word等办公软件",
    "吃苦耐劳，服从安排", "沟通能力强，有团队合作精神", "普通话标准，表达清晰", "身体健康，能适应倒班",
    "责任心强，做事细致", "能接受周末轮休", "应届毕业生亦可，公司提供带教", "为人诚实，无不良记录",
    "有良好的服务意识", "性格开朗，善于与人交流", "能适应短期出差", "学习能力强，抗压能力好", "年满18周岁",
    "具备基本的英语读写能力", "对数字敏感，逻辑清晰", "有一定的文字功底", "守时守纪，团队意识强",
]

# requirements that only fit some jobs (keyword in the title -> extra requirements)
ZH_JOB_REQS = {
    "会计": ["持初级会计职称者优先", "熟悉金蝶或用友财务软件"], "出纳": ["会计相关专业", "熟悉网银操作"],
    "司机": ["持C1驾驶证，驾龄3年以上", "熟悉本地道路"], "骑手": ["有电动车并熟悉本地道路"],
    "厨师": ["有餐饮行业经验者优先", "有健康证或入职后一周内办理"], "服务员": ["有健康证或入职后一周内办理"],
    "开发": ["熟悉Java、Spring Boot，了解MySQL"], "测试": ["熟悉常用测试方法，了解Python者优先"],
    "店长": ["有门店管理经验者优先"], "收银": ["能熟练使用收银系统"], "设计": ["能独立完成设计，熟练使用PS、AI"],
    "剪辑": ["会使用剪映、PR等剪辑软件"], "美术": ["有教师资格证者优先", "美术相关专业"], "药店": ["有执业药师证者优先"],
    "电工": ["持电工证（低压）"], "物业": ["有物业管理经验者优先"], "导游": ["持导游证"], "运营": ["熟悉各平台规则"],
    "销售": ["有销售经验者优先"], "人事": ["熟悉劳动法及社保政策"], "保安": ["有保安证者优先"],
}

ZH_PAY = [
    "底薪4000元+提成，综合月薪6000-10000元", "月薪5000-7000元，五险一金，年终奖", "综合工资6500-8000元，包吃包住",
    "时薪22元，月结，多劳多得", "薪资面议，缴纳社保，带薪年假", "8K-12K·13薪，弹性工作，下午茶",
    "底薪3500元+绩效+全勤奖300元", "试用期3个月，转正后月薪4500-6000元，节日福利", "月薪4200元，提供员工宿舍和工作餐",
    "年薪10万-15万，五险一金，定期体检", "日结150-200元", "基本工资+加班费，月收入约5500元",
    "薪资6000-9000元，交通补贴、餐补、通讯补贴", "月薪3800-4500元，满一年涨薪", "底薪+奖金，上不封顶，周末双休",
    "课时费+基本工资，寒暑假带薪", "每单4-8元，收入日结", "薪资7K-10K，年度旅游", "月薪4000元起，社保齐全，生日福利",
    "综合薪资5000-6500元，提供住宿，水电全免",
]

ZH_HOURS = [
    "8:30-17:30，周末双休", "早9晚6，单休", "两班倒，白班8:00-20:00，夜班20:00-8:00", "10:00-22:00，做一休一",
    "做六休一，每天8小时", "9:00-18:00，中午休息1.5小时", "排班制，月休4天", "周一至周五，弹性打卡",
    "三班倒，每周轮换", "上午9点到下午5点", "每周工作5天，具体时间可协商", "早班6:30-14:30，晚班14:30-22:30",
]

ZH_PLACES = [
    "本市高新区创业大道88号", "滨江区物联网街(地铁站步行5分钟)", "经济开发区工业园3号厂房", "市中心万达广场3楼",
    "各区门店就近安排", "城东物流园B区", "人民路与解放路交叉口东南角", "天河区科韵路某产业园",
    "武侯区，近地铁7号线", "本县城关镇新华街", "龙华区观澜街道", "江北新区研创园", "开发区北京路与长江路交汇处",
    "鼓楼区中山北路", "城西新天地商业街",
]

ZH_CONTACT = [
    "请将简历投递至平台，注明应聘岗位", "联系人：王女士（请在平台留言）", "联系人：陈先生，平台内私信沟通",
    "简历发送至 hr@example.com", "请携带身份证到公司面试", "扫码进入招聘会小程序投递", "联系人：李经理",
    "欢迎到现场展位咨询", "联系人：刘女士，工作日9:00-17:00", "在线投递，三个工作日内回复",
]

EN_COMPANIES = [
    "Northwind Logistics is a regional freight and warehousing company with 400 staff.",
    "BrightPath Software builds scheduling tools for clinics and schools; we are a remote-first team of 60.",
    "Harbour Hotel Group runs six business hotels in the city centre.",
    "GreenLeaf Foods is a family-owned bakery and deli chain with 14 stores.",
    "Apex Components manufactures precision plastic parts for the automotive industry.",
    "Meridian Accounting provides bookkeeping and tax services to small businesses.",
    "CityCare Pharmacy is expanding and opening three new branches this year.",
    "Lumen Media is a digital agency producing video and social content for consumer brands.",
    "Summit Fitness operates 8 gyms across the metro area.",
    "Orchid Trading exports home goods to Europe and North America.",
    "Riverside Property Management looks after 20 residential estates.",
    "Pioneer Education runs after-school coding and art classes for children aged 6-14.",
]

EN_JOBS = [
    ("Warehouse Associate", "Receive, check and put away incoming goods", "Pick and pack customer orders", "Keep stock records accurate in the WMS"),
    ("Receptionist", "Greet visitors and answer the phone", "Manage meeting-room bookings", "Handle incoming and outgoing mail"),
    ("Sales Executive", "Find and win new business accounts", "Manage a pipeline in our CRM", "Meet monthly revenue targets"),
    ("Accountant", "Prepare monthly management accounts", "Handle VAT returns and payroll", "Support the annual audit"),
    ("Customer Service Representative", "Answer customer questions by phone, email and chat", "Resolve order issues", "Log feedback for the product team"),
    ("Line Cook", "Prepare dishes to our recipes and standards", "Keep the kitchen clean and organised", "Help with stock rotation"),
    ("Delivery Driver", "Deliver orders across the city on schedule", "Carry out daily vehicle checks", "Collect proof of delivery"),
    ("QA Engineer", "Write and run test plans", "Report and track defects", "Help build our automated test suite"),
    ("Marketing Coordinator", "Plan and publish social media content", "Coordinate events and trade shows", "Report on campaign results"),
    ("Store Manager", "Run daily store operations and staff rotas", "Hit sales and margin targets", "Train and coach the team"),
    ("Graphic Designer", "Design print and digital materials", "Work with the content team on campaigns", "Maintain brand guidelines"),
    ("Office Administrator", "Keep office supplies and files in order", "Process invoices", "Support the management team with scheduling"),
    ("Pharmacy Assistant", "Serve customers at the counter", "Manage shelf stock and expiry dates", "Support the pharmacist with prescriptions"),
]

EN_REQS = [
    "At least 2 years of relevant experience", "Good written and spoken English", "Comfortable with Excel and Google Sheets",
    "Able to work weekends on a rota", "A friendly, customer-focused attitude", "Strong attention to detail",
    "Good organisational skills", "Right to work in the country", "Able to work independently and as part of a team",
    "Basic knowledge of Mandarin is helpful", "Confident on the phone",
]
EN_JOB_REQS = {
    "Driver": ["A valid driving licence with a clean record"], "Accountant": ["Degree in accounting or finance, or equivalent experience"],
    "QA": ["Experience with Python or Java is a plus"], "Cook": ["Food hygiene certificate (or willing to obtain one)"],
    "Designer": ["Portfolio of recent design work"], "Store": ["Retail or hospitality experience preferred"],
    "Warehouse": ["Able to stand for long periods"], "Pharmacy": ["Retail or pharmacy experience preferred"],
}

EN_PAY = [
    "Salary 6,000-8,000 per month plus performance bonus", "Competitive salary, social insurance and housing fund",
    "Hourly rate 25, paid weekly", "13th-month salary, annual health check, paid annual leave",
    "Base pay plus commission, uncapped", "Free staff meals and a transport allowance",
    "Salary negotiable depending on experience", "Monthly pay 5,500 with overtime paid at 1.5x",
    "Share options, flexible hours and a learning budget", "Accommodation provided for out-of-town staff",
]
EN_HOURS = ["Monday to Friday, 9am-6pm", "Shifts of 8 hours, 5 days a week", "Day and night shifts, rotating weekly",
            "Flexible hours around a core of 10am-4pm", "Four days on, two days off"]
EN_PLACES = ["Downtown office, 5 minutes from the metro", "Industrial park, east district (shuttle bus provided)",
             "Hybrid: two days a week in the office", "Any of our city branches", "Airport logistics zone"]
EN_CONTACT = ["Apply through the job-fair platform", "Send your CV to jobs@example.com", "Visit our booth at the fair for an on-the-spot interview",
              "Contact: Ms. Zhang, HR (message via the platform)", "Apply online; we reply within 5 working days"]
