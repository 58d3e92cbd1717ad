# -*- coding: utf-8 -*-
# Author 11 (blind). Exemptions (kind "x", labels []) and decoys (kind "d", GENDER). THIS FILE CONTAINS THE ANSWERS.
# Each entry: (lang, text, labels, fine category, style).

X_ALL = [
    # exemptions, simplified Chinese: the restricted job's own duties are forbidden work
    ("zh", "井下采煤工 20名，限男性。工作地点为矿井井下采掘工作面，实行三班倒。", "", "exemption_underground_mine", "soe"),
    ("zh", "岗位：井下掘进工（男）。主要在地下巷道从事掘进、支护作业，需持矿山特种作业操作证。", "", "exemption_underground_mine", "soe"),
    ("zh", "金属矿山井下凿岩工若干名，仅招男性，入井前须参加安全培训。", "", "exemption_underground_mine", "agency"),
    ("zh", "井下电钳工：男，负责井下采区机电设备的安装与维修，常年在井下作业。", "", "exemption_underground_mine", "notice"),
    ("zh", "煤矿井下运输工（男），在井下巷道内驾驶电机车运输煤炭和材料，入井作业。", "", "exemption_underground_mine", "soe"),
    ("zh", "码头装卸工（男），人工搬运水泥袋，单袋水泥重50公斤，计件工资。", "", "exemption_load_single", "agency"),
    ("zh", "粮库搬运工，限男性，每天人工装卸麻袋装稻谷，每袋约60斤。", "", "exemption_load_single", "poster"),
    ("zh", "物流园装卸工：男，需徒手将整箱饮料（每箱约28公斤）从货车搬到托盘。", "", "exemption_load_single", "platform"),
    ("zh", "建材市场送货扛楼工，男性，每包瓷砖约30公斤，需扛上无电梯楼层。", "", "exemption_load_single", "wechat"),
    ("zh", "化肥厂包装线码垛工（男），每班反复码放50kg包装袋数百次。", "", "exemption_load_repeated", "soe"),
    ("zh", "面粉厂成品装车工：限男，一袋面25公斤，一车要装四百袋左右，全靠人工。", "", "exemption_load_repeated", "agency"),
    ("zh", "钢厂炉前工，男性，工作强度为国家标准第四级体力劳动强度，高温作业。", "", "exemption_physical_level4", "soe"),
    ("zh", "伐木工人（男），在林区从事采伐和人工集材，体力劳动强度属第Ⅳ级。", "", "exemption_physical_level4", "notice"),
    ("zh", "石材厂搬运工：男，需单人人工搬运单块重约40公斤的石板。", "", "exemption_load_single", "poster"),
    ("zh", "家具城送装师傅，只要男的，主要工作是把整件沙发、衣柜扛上楼，单件常超过30公斤。", "", "exemption_load_single", "live"),
    ("zh", "煤矿综采队井下支架工，男，45岁以下，身体健康，能适应井下环境。", "", "exemption_underground_mine", "agency"),
    ("zh", "搬家公司搬运师傅（男），负责整屋家具家电人工搬运，冰箱、洗衣机等单件重量大多在40公斤以上。", "", "exemption_load_single", "platform"),
    ("zh", "水泥厂包装工：男，每天在包装机出口接住并码放重50kg的水泥袋，连续作业。", "", "exemption_load_repeated", "soe"),
    ("zh", "桶装水配送员（男），每桶连桶重约21公斤，每小时需人工扛上楼十桶以上。", "", "exemption_load_repeated", "wechat"),
    ("zh", "铁矿井下铲运机司机，男性，驾驶地下铲运机在井下采场作业。", "", "exemption_underground_mine", "notice"),
    ("zh", "大米加工厂装卸工：男，人工扛50斤装大米，每天装卸两至三车。", "", "exemption_load_repeated", "poster"),
    ("zh", "建筑工地钢筋搬运工（男），人工扛运钢筋，单人每次扛30公斤以上。", "", "exemption_load_single", "agency"),
    # exemptions, traditional
    ("zh-Hant", "礦坑井下爆破助理（男），須在地底坑道內協助裝藥及清理，持有相關牌照者優先。", "", "exemption_underground_mine", "hk"),
    ("zh-Hant", "貨倉搬運工人：男性，需人手搬運每箱約30公斤的貨物上落貨車。", "", "exemption_load_single", "hk"),
    ("zh-Hant", "建材行搬運師傅，限男，每包水泥50公斤，需肩扛上樓。", "", "exemption_load_single", "tw"),
    ("zh-Hant", "金礦井下採礦工人，男性，在礦井地底從事採掘及支護工作。", "", "exemption_underground_mine", "hk"),
    # exemptions, English
    ("en", "Underground Miner (male applicants only): work is performed entirely underground at the 600 m level of the mine, on a rotating shift roster.", "", "exemption_underground_mine", "en_jd"),
    ("en", "Manual Loader - men only. The role involves lifting 50 kg sacks of cement by hand from the truck onto pallets, several hundred times a shift.", "", "exemption_load_repeated", "en_jd"),
    ("en", "Warehouse Porter (male): manually carry single cartons weighing 30-35 kg up stairways where no lift is available.", "", "exemption_load_single", "en_email"),
    ("en", "Underground Mine Fitter (male only): maintain pumps and conveyors on the underground levels of our copper mine; all duties are below ground.", "", "exemption_underground_mine", "en_jd"),

    # decoys: heavy-industry company blurb, but the men-only job is office / sales / driving
    ("zh", "本公司为大型国有煤矿企业，下辖五对矿井，年产原煤1200万吨。现招聘：销售部业务员 2名，男性，负责煤炭销售合同洽谈与客户回访。", "G", "exemption_decoy", "soe"),
    ("zh", "集团主营水泥生产，单袋水泥重50公斤。现招聘办公室文员1名，限男性，负责公文收发与会议记录。", "G", "exemption_decoy", "soe"),
    ("zh", "我矿为井工开采金属矿山。因业务发展，招聘财务部会计1名，男，持初级会计证。", "G", "exemption_decoy", "notice"),
    ("zh", "物流搬运服务公司（装卸货物单件30公斤以上）诚聘：客服调度员，男性，负责电话接单与派车。", "G", "exemption_decoy", "agency"),
    ("zh", "钢铁集团（炼钢属第四级体力劳动强度岗位）招聘：小车司机（男）1名，负责领导公务用车驾驶。", "G", "exemption_decoy", "soe"),
    ("zh-Hant", "本公司從事隧道及地下工程。現招聘寫字樓行政助理，只限男性，負責文件處理及電話接聽。", "G", "exemption_decoy", "hk"),
    ("en", "We operate three underground coal mines in the region. We are hiring a Sales Coordinator (male) for our city office to manage customer accounts.", "G", "exemption_decoy", "en_jd"),
    ("en", "Our company supplies 50 kg bags of fertiliser to farms nationwide. Vacancy: Delivery Van Driver, men only, clean licence required; loading is done by the warehouse crew with forklifts.", "G", "exemption_decoy", "en_jd"),
]
