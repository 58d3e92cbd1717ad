# Hand-written items: exemptions (X), decoys, near-misses, obfuscated, full-text one-liners/ads.
# THIS FILE CONTAINS THE ANSWERS. Tuples with a 5th field are used verbatim as the whole post (5th = source).
Z = "\u200b"; ZJ = "\u200d"; WJ = "\u2060"
ITEMS = [
# ---- exemptions: men-only, restricted job's OWN duties are 女职工禁忌劳动范围 work
("zh","X","exemption_mining","井下采煤工 限男性 30名\n工作内容：随班下井，在综采工作面操作采煤机、移架、清理煤帮"),
("zh","X","exemption_mining","井下掘进工（男）：负责巷道打眼、装药放炮、锚杆支护，下井作业"),
("zh","X","exemption_mining","矿山井下支护工，只招男工，地下三百米作业，四班三倒"),
("zh","X","exemption_mining","金矿坑下铲装工 限男：在地下采场操作铲运机、人工撬毛清理浮石"),
("zh","X","exemption_mining","招井下电钳工，男性，负责井下采区设备检修（需下井）"),
("zh","X","exemption_load","装卸工 限男 10名：水泥每包50公斤，人工从货车上卸到仓库码垛"),
("zh","X","exemption_load","码头搬运（男）：单袋大米100斤，肩扛上船，计件"),
("zh","X","exemption_load","饲料厂打包工，只要男的：每袋成品40公斤，人工从秤上抱起码到托盘，一天约600袋"),
("zh","X","exemption_load","化肥仓库搬运工（男）：每袋50kg，人工装车"),
("zh","X","exemption_load","钢材市场装卸，限男士：人工抬钢管上车，每根约60公斤，两人一根每人单侧30公斤"),
("zh","X","exemption_load","砖厂出窑工 男：人工搬运红砖垛，每垛约30公斤，连续搬运"),
("zh","X","exemption_load","物流园重货分拣（男工）：包裹单件25-40公斤，人工从传送带搬下"),
("zh","X","exemption_load","米厂扛包工 限男：单包大米重二十五公斤以上，每日反复搬运上千次"),
("zh","X","exemption_load","搬家师傅 男性：人工搬运冰箱、洗衣机、实木家具上下楼，无电梯"),
("zh","X","exemption_load","液化气送气工（男）：每瓶连瓶约33公斤，人工扛上楼，无电梯"),
("zh","X","exemption_load","石材厂搬运工，男性：人工抬石板上架，单块30公斤以上"),
("zh","X","exemption_load","糖厂包装车间，限男：每包白糖50公斤，人工接包堆垛"),
("zh","X","exemption_intensity","伐木工（男）：林区人工伐木、打枝、人工集材，属第四级体力劳动强度"),
("zh","X","exemption_intensity","铸造车间人工浇注、清砂工，限男性，体力劳动强度Ⅳ级"),
("zh","X","exemption_intensity","建筑工地人工挖土方、扛钢筋（单捆40公斤），男工"),
("zh","X","exemption_intensity","锅炉房人工加煤司炉工，男：手工铲煤入炉，每班铲煤数吨"),
("zh-Hant","X","exemption_load","搬運工（男）：人手搬運米包，每包50公斤，上落貨車"),
("zh-Hant","X","exemption_load","貨倉苦力，限男士：人手搬運25公斤以上紙箱，全日重複搬運"),
("zh-Hant","X","exemption_mining","礦場坑道工人（男），於地下坑道進行鑽孔及爆破作業"),
("zh-Hant","X","exemption_intensity","地盤紮鐵工人（男）：人手搬運鋼筋，每捆逾30公斤"),
("en","X","exemption_load","Warehouse porter (male): manually lift and stack 50 kg rice sacks onto pallets all shift."),
("en","X","exemption_load","Men only - furniture removal crew, carrying sofas and wardrobes up stairs by hand, single items over 30 kg."),
("en","X","exemption_mining","Underground miner (male), working at the face in an underground coal mine, Shanxi project."),
("en","X","exemption_load","Cement bag loader (male): each bag 50 kg, loaded by hand onto trucks."),
("en","X","exemption_intensity","Male labourers for manual excavation and rebar carrying (bundles 40 kg) on a Macau construction site."),
("zh","X","exemption_load","冷库卸货，限男：整箱冻肉每箱30公斤，人工卸车入库，一班卸三柜"),
("zh","X","exemption_load","瓷砖批发部装车工（男）：每箱瓷砖28公斤，人工装车，日均400箱"),
# ---- decoys: heavy-industry blurb, but men-only job is office/sales/driving
("zh","G","exemption_decoy","本集团为大型煤矿企业，拥有井下综采工作面6个。现招：销售代表（限男性）3名，负责煤炭客户开发"),
("zh","G","exemption_decoy","XX水泥有限公司（年产水泥200万吨，袋装每袋50公斤）招聘：行政文员 男 1名"),
("zh","G","exemption_decoy","矿业公司招小车司机，男，接送领导，驾龄5年"),
("zh","G","exemption_decoy","钢铁厂招聘人事专员，限男性，负责厂区招聘及培训（办公室工作）"),
("zh","G","exemption_decoy","搬运公司（人工装卸50公斤货物）招调度员，男，办公室接单派车"),
("zh","G","exemption_decoy","金矿招会计，男士，驻矿区办公楼"),
("zh-Hant","G","exemption_decoy","本公司經營地盤及重型吊運，現聘寫字樓文員（男）一名"),
("en","G","exemption_decoy","Leading mining group with underground operations in Inner Mongolia seeks a Business Development Manager (male) for its Hong Kong office."),
("en","G","exemption_decoy","Cement & aggregates supplier (50 kg bags, manual loading) hiring a delivery coordinator - male only, desk-based."),
("zh","G","exemption_decoy","码头装卸公司招聘仓库记账员，要求男，电脑录单"),
# ---- near misses: men-only but load/duty NOT in forbidden range -> GENDER
("zh","G","exemption_nearmiss","搬运工 限男：搬运电子元件料盒，每箱约5公斤"),
("zh","G","exemption_nearmiss","仓管员（男），用叉车搬运，不需人工搬重物"),
("zh","G","exemption_nearmiss","快递分拣 男工：小件包裹为主，单件10公斤以内"),
("en","G","exemption_nearmiss","Male warehouse picker - items under 5 kg, trolleys provided."),
# ---- obfuscated violating
("zh","G","obfuscated_zwsp","性别：男"+Z+"性，能上夜班"),
("zh","G","obfuscated_zwsp","限"+ZJ+"女"+WJ+"性，做手工串珠"),
("zh","G","obfuscated_kangxi","限⼥性，25岁以下，文员"),
("zh","G","obfuscated_kangxi","招⼥工20名，包装车间"),
("zh","G","obfuscated_html","<p>招聘要求：<b>男</b>性<span>优先</span></p>"),
("zh","G","obfuscated_pinyin","限nan，要能顶夜班"),
("zh","G","obfuscated_pinyin","只要nv sheng，做美甲"),
("zh","GM","obfuscated_homophone","仅招宝麻！手工活在家做"),
("zh","G","obfuscated_emoji","女💖生💖优💖先，做客服"),
("zh","M","obfuscated_spaced","要 求 未 婚，长期出差"),
("zh","P","obfuscated_fullwidth","入职体检含ＨＣＧ"),
("en","G","obfuscated_fullwidth","Ｆｅｍａｌｅ　ｏｎｌｙ, front desk"),
("en","G","obfuscated_spaced","M A L E  O N L Y - night shift driver"),
("zh","M","obfuscated_zwsp","已"+Z+"婚"+Z+"已"+Z+"育优先"),
# ---- obfuscated clean
("zh","","obfuscated_clean","男"+Z+"女不限，计件"),
("en","","obfuscated_clean","Ｏｐｅｎ　ｔｏ　ａｌｌ　ｇｅｎｄｅｒｓ"),
("zh","","obfuscated_clean","<p>性别<b>不限</b>，欢迎宝妈宝爸</p>"),
("zh","","obfuscated_clean","⼥装店导购，男⼥均可"),
# ---- whole-post one-liners and long ads (verbatim)
("zh","G","oneliner","东莞长安电子厂急招女工30名，包吃住，日结，返费1000，有意私我","wechat_oneliner"),
("zh","G","oneliner","【日结】佛山顺德家具厂要男的，装柜，180/天","wechat_oneliner"),
("zh","","oneliner","中山古镇灯饰厂招普工，男女不限，包住，日结20/h","wechat_oneliner"),
("zh","","oneliner","塘厦小时工22元，男女都要，满30天返费1200，要身份证原件","wechat_oneliner"),
("zh","M","oneliner","寮步某厂招夫妻工10对，夫妻房，单身免谈","wechat_oneliner"),
("zh","GM","oneliner","虎门制衣厂剪线，收宝妈，计件，可带小孩来厂","wechat_oneliner"),
("zh","","oneliner","虎门制衣厂剪线，宝妈宝爸都可以，计件，厂里有托管室","wechat_oneliner"),
("zh-Hant","G","oneliner","急請：茶記水吧（男）一名，即日上工","hk_oneliner"),
("zh-Hant","","oneliner","急請：茶記水吧一名，男女不拘，即日上工","hk_oneliner"),
("en","G","oneliner","Hiring: bar hostess, ladies only, Wan Chai, cash daily","en_oneliner"),
("en","","oneliner","Hiring: bartender, Wan Chai, all welcome, cash daily","en_oneliner"),
("zh","GMP",'long_ad',"""佛山市南海区某五金制品有限公司招聘启事
因生产需要，现招聘以下人员：
一、质检员 5名
1. 女性，22-35周岁，已婚已育；
2. 初中以上学历，视力良好；
3. 入职体检需包括妊娠检测。
二、薪资：底薪2100+加班，综合5500-6500
三、福利：包吃住，购买社保
地址：佛山市南海区狮山镇
电话：0757-8xxxxxxx 何小姐""","zhaopin_qishi_full"),
("zh","",'long_ad',"""中山市小榄镇某电子有限公司招聘
【岗位】SMT操作员 20名
【要求】
1. 男女不限，18-45周岁；
2. 能适应两班倒，有SMT经验者优先；
3. 入职体检：血常规、胸透（公司报销）。
【福利】
1. 婚假、产假、陪产假按国家规定执行；
2. 厂内有母婴室，哺乳期员工每天1小时哺乳时间；
3. 员工子女暑期托管。
【薪资】综合6000-7500
联系：人事部 林女士""","zhaopin_qishi_full"),
("zh","M",'long_ad',"""【直播带岗 口播稿】
好的家人们，下一个岗位，东莞凤岗的塑胶厂，啤机操作员，男女都可以，工资到手六千左右！
不过厂里说了哈，婚育情况面试时要如实填，打算近两年要宝宝的，厂里就不太考虑了，大家理解一下哈～
包吃包住，宿舍有空调，点小黄车报名！""","zhibo_daigang_full"),
("zh","",'long_ad',"""【直播带岗 口播稿】
家人们！这个岗位特别适合要接送孩子的朋友，不管你是宝妈还是宝爸，
上午9点上班，下午3点半下班，刚好接娃放学！中山火炬开发区电子厂，组装工，
计件，熟手能做到五千多，不问婚育，不限男女，点小黄车！""","zhibo_daigang_full"),
("zh","G",'long_ad',"""XX区卫生健康局所属事业单位2026年公开招聘编外人员公告
一、招聘岗位及人数
岗位1：司机 1名（男）
岗位2：档案管理员 1名
二、报名条件
1. 拥护中国共产党的领导，遵纪守法；
2. 年龄18-35周岁；
三、报名方式：现场报名，携带身份证、学历证书原件及复印件。""","bianwai_gonggao"),
("zh","",'long_ad',"""XX街道办事处2026年编外人员招聘公告
一、岗位：社区网格员 4名；婚姻登记辅助员 1名（负责婚姻登记材料初审、档案整理）
二、条件：大专以上学历，35周岁以下，性别不限
三、待遇：月薪4200元，五险一金
四、报名时间：12月1日至12月7日""","bianwai_gonggao"),
("en","GM",'long_ad',"""From: recruit@xxxx-staffing.com.hk
Subject: Admin role - Causeway Bay
Dear candidate,
Our client, a family-run trading company, is looking for an office administrator.
They would prefer a married lady, ideally with grown-up children, as the boss feels this gives more stability.
Hours 9-6, HK$19k. Please let me know if interested.
Regards, Kelly""","agency_email_full"),
("en","",'long_ad',"""From: recruit@xxxx-staffing.com.hk
Subject: Part-time admin - Quarry Bay (school hours)
Hi,
Our client offers a 9:30-3:00 admin role, designed for parents handling the school run - mums and dads both welcome.
We don't ask about family status; just tell us when you can start.
HK$80/hour. Cheers, Jason""","agency_email_full"),
("zh-Hant","P",'long_ad',"""【JobsDB】澳門某酒店 誠聘 客房服務員
要求：
- 男女不拘，18歲以上
- 能輪班工作
- 入職前須到指定診所體檢（包括驗孕）
待遇：MOP 13,000 + 小費，膳食，穿梭巴士""","jobsdb_full"),
("zh-Hant","",'long_ad',"""【JobsDB】澳門某酒店 誠聘 客房服務員
要求：
- 男女不拘，18歲以上
- 能輪班工作
福利：有薪婚假、產假、侍產假；員工子女教育津貼
待遇：MOP 13,000 + 小費，膳食，穿梭巴士""","jobsdb_full"),
("zh","G","field_form","用工需求登记\n岗位：仓管员\n人数：2\n性别：男\n年龄：20-40\n工资：5000-6000","field_form_full"),
("zh","","field_form","用工需求登记\n岗位：仓管员\n人数：2\n性别：不限\n年龄：20-45\n工资：5000-6000","field_form_full"),
("zh","M","field_form","求职登记（企业代填）\n姓名：\n婚育状况：□未婚 □已婚未育 □已婚已育（本岗位需已婚已育）\n期望薪资：","field_form_full"),
("zh","","field_form","求职登记（妇联就业服务站）\n姓名：\n联系电话：\n意向岗位：\n是否需要妈妈岗（弹性工时）：□是 □否\n（本登记不采集婚育信息）","field_form_full"),
]
