# Author 12, hand-written. THIS FILE CONTAINS THE ANSWERS (labels) for dev12.jsonl.
# Exemptions (女职工禁忌劳动范围), decoys and load edge cases. Tuple: (lang, labels, category, text, slot, job)
G = "GENDER"; M = "MARRIAGE_CHILDBEARING"; P = "PREGNANCY_TEST"


def Z(labels, cat, text, lang="zh"):
    return (lang, labels, cat, text, "full", None)


ITEMS = [
    # --- exemptions: men-only, the job's own duties are forbidden work (labels []) ---
    Z([], "exemption_load", "建材市场招聘装卸工\n岗位｜人数｜性别｜年龄\n装卸工｜6｜男｜20-45\n工作内容：从货车上人工卸水泥，一袋100斤，一天卸三四车，计件结算。"),
    Z([], "exemption_load", "招聘岗位：面粉厂搬运工\n性别要求：男\n工作内容：面粉每包25kg，需从传送带上肩扛码垛，每班约400包\n工资：8000-10000元/月"),
    Z([], "exemption_load", "急招码头理货装卸（限男性）\n岗位职责：人工装卸化肥，单袋重50公斤，连续作业\n待遇：日结350元"),
    Z([], "exemption_load", "物流园招分拣搬运工，男，45岁以下。主要搬大件：冰箱纸箱单件约40公斤，两人配合上车，个人也需频繁搬运30公斤左右的箱子。"),
    Z([], "exemption_load", "饲料厂招上料工2名（男）\n每袋饲料40kg，人工拆包倒入料仓，每小时约60袋\n包吃住，月薪7500"),
    Z([G], "heavy_trap_light", "桶装水配送员（男性）\n工作内容：每桶水约19公斤，需扛桶上楼，无电梯楼层较多，每天配送150桶以上\n说明：因需单人反复扛运重物，按规定仅招男性。"),
    Z([], "exemption_load", "粮库招临时搬运工：男，身体好\n稻谷每麻袋约60斤，人工肩扛入仓，每天作业8小时，日薪300"),
    Z([], "exemption_load", "钢材市场招上下货工人（男）\n人工搬运钢管、角钢，单根重30-50公斤\n计吨结算，多劳多得"),
    Z([], "exemption_load", "石材厂招搬运工，限男性。工作：人工搬抬石材板，单块重量约35公斤，每天反复上百次。"),
    Z([], "exemption_load", "快递转运中心招大件装卸（男）｜夜班｜大件单件25-45公斤，需人工从车厢内搬出并码放｜月入9000+"),
    Z([], "exemption_load", "搬家公司招搬运师傅（男）\n工作内容：上门搬运家具家电，冰箱、洗衣机等需人工抬运上下楼，单人搬箱常在30公斤以上。"),
    Z([], "exemption_load", "冷库招冻品装卸工，男性，冻肉每箱30kg，人工搬运上车，连续作业，冷库内温度-18℃。"),
    Z([], "exemption_intensity", "招聘钢筋工（男）若干，人工抬运、绑扎钢筋，属重体力劳动（第四级体力劳动强度），日薪400。"),
    Z([], "exemption_intensity", "砖厂出窑工，限男，人工出窑搬砖，高温重体力作业，体力劳动强度四级，计件工资。"),
    Z([], "exemption_underground", "煤矿招聘井下采煤工\n性别：男\n年龄：22-50岁\n工作内容：井下综采工作面采煤作业，需持下井作业培训合格证\n待遇：月薪12000-16000元，下井补贴另计"),
    Z([], "exemption_underground", "××矿业招聘：井下掘进工10名，仅限男性，需在地下巷道从事掘进、支护作业，三班倒。"),
    Z([], "exemption_underground", "金矿招井下支护工（男），地下600米作业，包吃住，有井下津贴。"),
    Z([], "exemption_underground", "招聘岗位｜人数｜性别｜备注\n井下电钳工｜4｜男｜持特种作业证，长期井下维修设备\n井下运输工｜6｜男｜地下巷道轨道运输", ),
    Z([], "exemption_underground", "铁矿招井下风钻工（男），在地下巷道掌子面打眼爆破，体力消耗大。"),
    Z([], "exemption_load", "招聘：水泥厂包装工 限男\n工作内容：水泥出袋口接袋、码垛，单袋重50公斤，每班码垛2000袋以上。", "zh"),
    Z([], "exemption_load", "地盤雜工（限男士）\n工作內容：人手搬運英泥，每包約50公斤，每日上落貨車多次\n日薪：HK$1,100", "zh-Hant"),
    Z([], "exemption_underground", "礦場徵求坑內採礦工，限男性，須於地下坑道作業，供膳宿。", "zh-Hant"),
    Z([], "exemption_load", "Labourers (male) needed at our cement depot: manual unloading of 50 kg bags from trucks all day, repeated lifting. Day rate paid weekly.", "en"),
    Z([], "exemption_underground", "Underground miners - men only. Work is performed underground at the coal face on rotating shifts. Mining certificate required.", "en"),
    Z([], "exemption_load", "Warehouse loaders (male only): manually stacking 30 kg feed sacks onto pallets, around 500 sacks per shift.", "en"),
    # --- decoys: heavy-industry blurb, but the men-only job is office / sales / driving ---
    Z([G], "exemption_decoy", "××煤业集团成立于1998年，拥有五座大型井工矿，年产原煤800万吨。\n现招聘：\n岗位：销售内勤（男）\n职责：录入销售合同，对账开票，接听客户电话。"),
    Z([G], "exemption_decoy", "本公司为大型水泥生产企业，日产熟料5000吨，装卸作业量大。\n因业务发展，招聘行政文员1名，限男性，负责文件收发与会议安排。"),
    Z([G], "exemption_decoy", "钢铁集团下属物流公司，主营钢材运输，年吞吐量300万吨。\n招聘：调度员（男）｜坐班｜负责电脑派车、跟踪运单"),
    Z([G], "exemption_decoy", "我矿为国有重点煤矿，井下作业人员逾两千人。现面向社会招聘地面财务会计一名，男性，30岁以下，持初级会计证。"),
    Z([G], "exemption_decoy", "某建材批发城（主营水泥、沙石，每袋50公斤）招聘门店销售，只要男的，负责接待客户、报价、开单。"),
    Z([G], "exemption_decoy", "大型搬家物流公司招聘客服专员，限男生，坐办公室接电话、派单，不用出外勤。"),
    Z([G], "exemption_decoy", "××矿业有限公司｜采矿、选矿一体化企业\n招聘：商务司机（限男），负责接送公司领导，持C1驾照，驾龄5年以上。"),
    Z([G], "exemption_decoy", "Founded in 1985, our company operates three underground copper mines.\nWe are hiring a Marketing Coordinator (male) for our city office to manage social media and events.", "en"),
    Z([G], "exemption_decoy", "本廠為五金重工企業，生產線需大量搬運鋼材。\n現聘：採購文員（男），負責比價、下單及跟進交貨。", "zh-Hant"),
    Z([G], "exemption_decoy", "饲料厂（每袋40公斤）招聘品控化验员，男性优先，负责实验室检测原料水分与蛋白。"),
    # --- load edge cases: restriction not justified (labels GENDER) ---
    Z([G], "heavy_trap_light", "电商仓招打包员，限男，包裹一般在5公斤以内，主要是贴单、封箱。"),
    Z([G], "heavy_trap_light", "超市理货员（男），偶尔搬运饮料箱，每箱约12斤。"),
    Z([G], "heavy_trap_light", "茶叶店招店员，只招男生，工作内容为称重打包，每包半斤到两斤。"),
    Z([G], "heavy_trap_light", "Stock assistant, male only - lifting boxes of up to 8 kg onto shelves.", "en"),
    Z([G], "heavy_trap_women", "面粉厂招搬运工（限女），每袋25公斤，人工码垛。"),
    Z([G], "heavy_trap_mixed", "水泥厂招聘：\n1. 装车工（男）｜人工装车，单袋50公斤\n2. 过磅员（男）｜坐岗亭，登记车辆重量并打印磅单"),
    Z([G], "heavy_trap_mixed", "煤矿招聘：井下采掘工（男）20名；地面食堂服务员（女）5名。"),
    Z([G], "heavy_trap_pretext", "搬运工（男），工作主要是开叉车搬运托盘，不需要人工搬重物。"),
    # --- heavy jobs with no restriction: clean ---
    Z([], "clean_heavy_open", "建材市场招装卸工，不限性别，水泥每袋50公斤，计件结算，能干就来。"),
    Z([], "clean_heavy_open", "物流园招叉车司机，男女不限，持叉车证，托盘由叉车搬运。"),
    Z([], "clean_heavy_open", "煤矿地面招聘：调度室值班员、化验员、食堂厨师，男女不限。"),
    Z([], "clean_heavy_open", "Warehouse operatives wanted (any gender). Most items are under 10 kg; heavy goods are moved by forklift.", "en"),
    Z([], "clean_heavy_open", "饲料厂招包装工：自动化码垛机作业，不需人工搬袋，性别不限，45岁以下。"),
    Z([], "clean_heavy_open", "搬家公司招聘线上客服，男女不限，负责预约登记、报价。"),
]
