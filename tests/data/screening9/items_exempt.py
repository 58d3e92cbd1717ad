# Exemptions (men-only where the job's OWN duties are work forbidden to women by the
# 女职工禁忌劳动范围: underground mining, grade-IV physical labour, loads > 25 kg single / > 20 kg repeated)
# and decoys (heavy-industry company, but the men-only job is office/sales/driving).
# Written by hand by the s9h8 blind author. THIS FILE CONTAINS THE ANSWERS.
# Row: (lang, slot, code, category, text); code "X" = exemption (labels [], exemption true); "G" decoy.
ITEMS = [
    # ---------------- zh exemptions
    ("zh", "exempt", "X", "exemption_underground", "岗位：井下采煤工（限男性）\n工作内容：在矿井下从事采掘、支护作业，三班倒"),
    ("zh", "exempt", "X", "exemption_underground", "井下掘进工 10名，仅招男性，需下井作业"),
    ("zh", "exempt", "X", "exemption_underground", "矿山井下爆破工，招男性，须持爆破作业人员证"),
    ("zh", "exempt", "X", "exemption_underground", "煤矿井下运输工（男），负责井下巷道矿车推运与轨道维护"),
    ("zh", "exempt", "X", "exemption_underground", "地下金矿采矿工（男），全部为井下作业，有经验者优先"),
    ("zh", "exempt", "X", "exemption_underground", "井下通风工，限男性，负责矿井巷道风门、风筒的安装和维护"),
    ("zh", "exempt", "X", "exemption_underground", "地下矿山凿岩工：只招男，井下打眼、出渣"),
    ("zh", "exempt", "X", "exemption_load", "水泥装卸工（男）：单袋水泥重50公斤，人工装车卸车"),
    ("zh", "exempt", "X", "exemption_load", "码头搬运，限男，每包大米60斤，一个班要搬几百包"),
    ("zh", "exempt", "X", "exemption_load", "瓷砖搬运工，每箱约30公斤，需一个人从车上搬到仓库，限男工"),
    ("zh", "exempt", "X", "exemption_load", "化肥装包工：每袋40kg，连续码垛，仅限男士"),
    ("zh", "exempt", "X", "exemption_load", "钢筋搬运工（限男），单捆人工扛运约50斤，整天反复"),
    ("zh", "exempt", "X", "exemption_load", "饲料厂卸货工，男，饲料每袋80斤，人力从货车卸下码垛"),
    ("zh", "exempt", "X", "exemption_load", "搬家师傅（男）：经常单人搬冰箱、洗衣机等30公斤以上的重物"),
    ("zh", "exempt", "X", "exemption_load", "物流园人工装卸，包裹单件25-40公斤，每小时搬几十件，招男性"),
    ("zh", "exempt", "X", "exemption_load", "粮库扛包工，男，麻袋每袋100斤，靠肩扛上垛"),
    ("zh", "exempt", "X", "exemption_load", "石材厂抬板工（男），单人负重超过25公斤，需频繁抬运"),
    ("zh", "exempt", "X", "exemption_load", "啤酒厂人工装车，每箱约22公斤，每小时搬运六十箱以上，限男"),
    ("zh", "exempt", "X", "exemption_grade4", "冶炼厂炉前工，劳动强度属国家标准第四级，只招男性"),
    ("zh", "exempt", "X", "exemption_grade4", "铸造车间浇注工（男），手工端运铁水包，体力劳动强度为Ⅳ级"),
    ("zh", "exempt", "X", "exemption_grade4", "砖厂出窑工，男，人工出窑搬砖坯，属第四级体力劳动强度作业"),
    ("zh", "exempt", "X", "exemption_grade4", "锻造车间人工抡锤工，限男性，岗位经评定为四级体力劳动强度"),
    # ---------------- zh-Hant exemptions
    ("zh-Hant", "exempt", "X", "exemption_underground", "井下礦工（只限男性），負責地底採礦及支護作業"),
    ("zh-Hant", "exempt", "X", "exemption_load", "貨倉搬運（男），每箱貨物約30公斤，需人手搬上貨車"),
    ("zh-Hant", "exempt", "X", "exemption_grade4", "煉鋼爐前工，屬第四級體力勞動強度，限男性"),
    # ---------------- en exemptions
    ("en", "exempt", "X", "exemption_underground", "Underground Miner (male only): drilling and roof bolting at our underground coal mine in Shanxi"),
    ("en", "exempt", "X", "exemption_load", "Cement Bag Loader (male). Bags weigh 50 kg each and are loaded onto trucks by hand."),
    ("en", "exempt", "X", "exemption_load", "Rice sack porter, men only: carrying 30 kg sacks repeatedly from lorry to store, several hundred a day"),
    ("en", "exempt", "X", "exemption_grade4", "Furnace Tapper at our smelter; the work is rated Grade IV physical labour intensity; male applicants only"),
    ("en", "exempt", "X", "exemption_load", "Mover (male) - single-person lifting of fridges and washing machines over 30 kg"),
    # ---------------- zh decoys (GENDER, no exemption)
    ("zh", "exempt", "G", "exemption_decoy", "集团主营煤矿井下开采，现招总部行政文员1名，限男性，负责公文收发"),
    ("zh", "exempt", "G", "exemption_decoy", "本水泥厂年产水泥200万吨（50公斤袋装），现招销售代表（男），负责跑市场、维护经销商"),
    ("zh", "exempt", "G", "exemption_decoy", "钢铁冶炼企业（炉前作业属四级体力劳动）招聘财务会计，男性优先"),
    ("zh", "exempt", "G", "exemption_decoy", "港口装卸公司招聘调度员，坐办公室排班派工，只要男的"),
    ("zh", "exempt", "G", "exemption_decoy", "金属矿业公司招聘小车司机（男），负责接送公司领导"),
    ("zh", "exempt", "G", "exemption_decoy", "建材批发（瓷砖每箱30公斤）招聘电话客服，限男士，主要接单录单"),
    # ---------------- more zh exemptions
    ("zh", "exempt", "X", "exemption_underground", "铁矿井下铲运机司机，男性，长期在井下巷道驾驶作业"),
    ("zh", "exempt", "X", "exemption_load", "砂石场人工装卸，单包砂料约35公斤，只招男"),
    ("zh", "exempt", "X", "exemption_grade4", "锅炉房人工加煤工（男），铁锹上煤，劳动强度四级"),
]
