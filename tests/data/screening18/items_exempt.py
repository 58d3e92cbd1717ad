# -*- coding: utf-8 -*-
"""Hand-written exemptions and decoys (author 18). THESE ARE THE ANSWERS.
EXEMPT: (lang, text) men-only where the restricted job's own duties are forbidden to women
(underground mining, 4th-level physical intensity, single lifts > 25 kg, repeated > 20 kg): labels [], exemption true.
DECOY: (lang, company blurb, restricted job line) heavy industry blurb, but the men-only job is office/sales/driving: GENDER."""
EXEMPT = [
("zh", "酒店后勤装卸工（限男性）：每天卸运50斤一袋的大米和面粉，单袋约25公斤以上，需反复搬抬"),
("zh", "餐饮中央厨房搬运工，限男：负责整桶食用油（每桶约30公斤）上下货"),
("zh", "煤矿井下采煤工，限男性，持特种作业证"),
("zh", "井下掘进工（男），需下井作业，三班倒"),
("zh", "商场仓库力工，仅招男性，单件货物重40公斤，需人工搬运上架"),
("zh", "桶装水配送员，限男：每次肩扛两桶（合计约38公斤）上楼，每天一百多趟"),
("zh", "建材城装卸工，男：单袋水泥重50公斤，人工卸车"),
("zh", "KTV酒水仓管兼搬运（男），整箱啤酒每箱约26公斤，需一次扛起搬入库房"),
("zh", "健身房器材安装工，限男性，杠铃片和哑铃单件30公斤以上需人工搬运"),
("zh", "婚庆公司舞台搭建工（限男）：搬运单件约35公斤的桁架和音箱"),
("zh", "酒店洗涤厂搬运工，男性：湿布草整车推送，单包湿布草约30公斤需人工抬上烘干机"),
("zh", "金属矿井下支护工，只招男性"),
("zh", "餐厅冻品库搬运工（限男），整箱冻肉每箱25公斤以上，频繁搬运"),
("zh", "搬家公司搬运工，限男，需徒手抬冰箱、洗衣机等单件50公斤以上的重物上下楼"),
("zh", "药店配送中心卸货员（男），整件药品箱约28公斤，需单人搬运"),
("zh", "酒店锅炉房司炉兼煤炭搬运，限男，属第四级体力劳动强度"),
("zh", "粮油店送货员，限男：每次扛两袋面粉（每袋25公斤）送上楼"),
("zh", "隧道井下爆破辅助工（男），从事地下作业"),
("zh", "屠宰场分割搬运工，限男性，需搬运半扇猪肉（约40公斤）"),
("zh", "月子中心后勤：男性搬运工，负责每周卸运大桶纯净水、整箱奶粉（单件30公斤）"),
("zh", "石材店装卸工，仅限男，需单人搬运30公斤以上的石板样品"),
("zh", "幼儿园后勤改造项目：男性力工，搬运25公斤以上的砂浆袋，反复上下车"),
("zh-Hant", "貨倉搬運工（限男性）：每件貨物約30公斤，需人手搬上貨架"),
("zh-Hant", "礦場井下作業員，只招男性"),
("zh-Hant", "酒店宴會廳搬運員（男）：需單人搬運約35公斤的圓桌台面"),
("en", "Warehouse loader (men only): lift sacks of rice weighing 25-50 kg onto pallets by hand, all shift."),
("en", "Underground miner — male applicants only, shaft work below ground."),
("en", "Removals porter (male): carrying sofas, fridges and boxes over 30 kg up stairs repeatedly."),
("zh", "饮料批发店送货工，限男，整件饮料约22公斤，每天反复搬运上百件"),
("zh", "矿业公司井下运输工（限男），负责井下矿车推运"),
]
DECOY = [
("zh", "本集团为大型煤炭企业，旗下拥有多座井工矿。", "招聘前台接待一名，限男性，负责访客登记"),
("zh", "我司为钢铁冶炼企业，年产能200万吨。", "销售代表（男），负责华东区客户开发"),
("zh", "XX矿业集团成立于1998年，主营金属矿开采。", "招聘行政文员，男士优先，熟练使用办公软件"),
("zh", "公司主营水泥生产与物流，单袋水泥50公斤。", "招聘商务司机一名，限男，开公司小轿车接待客户"),
("zh", "本企业从事建材重型装卸及仓储服务。", "客服专员（男）：接听电话、处理订单"),
("zh", "集团下属多家煤矿，井下作业人员千余名。", "招聘食堂收银员一名，仅限男性"),
("zh-Hant", "本公司為大型貨運及重型搬運企業。", "誠聘會計文員，限男性"),
("en", "We are a leading underground mining contractor operating 12 sites.", "Marketing coordinator (male) based at our city office."),
("zh", "我们是一家大型粮油批发企业，货品单袋50公斤。", "招聘电话销售，男性，底薪加提成"),
("en", "Our group runs heavy-haulage and steel-handling yards across the region.", "Office receptionist — men only, front desk duties."),
]
