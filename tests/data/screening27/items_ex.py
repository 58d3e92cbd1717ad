# Author 27: hand-written EXEMPTION (X: men-only where the job's own duties are forbidden work for
# women under the 女职工禁忌劳动范围) and DECOY (D: heavy-industry blurb, men-only office/sales/driving
# job -> GENDER) items. These lines contain the answers.
DATA = r"""
X|exemption_load_rice|粮油搬运工|粮油批发市场招装卸工，只招男性。工作内容：装卸大米，每袋50公斤，一天约300袋，需单人扛上货车
X|exemption_load_cement|建材装卸工|建材店送货装卸，限男。单袋水泥重50公斤，需搬上五楼（无电梯）
X|exemption_load_lpg|液化气配送员|招液化气送气工，男，送满瓶钢瓶上楼，单瓶连气约35公斤
X|exemption_load_beer_keg|酒水仓库搬运|酒店酒水仓招搬运工（男），每天反复搬运啤酒桶，每桶约30公斤
X|exemption_load_flour|面粉装卸|面粉厂门市招男装卸工，每袋面粉25公斤，每班连续搬运两百袋以上
X|exemption_load_moving|搬家师傅|搬家公司招男师傅，需单人背冰箱、洗衣机下楼，单件常超过40公斤
X|exemption_load_hotel_linen|布草搬运工|洗衣厂招男搬运工，湿布草每包约30公斤，需反复装车卸车
X|exemption_load_water|桶装水送水工|送水站招男送水工，一次肩扛两桶（合计约38公斤）送上楼
X|exemption_load_feed|饲料搬运|饲料门市招男工，每包饲料40公斤，整车装卸
X|exemption_load_kitchen_supply|食材搬运工|中央厨房招男搬运工，每天反复搬运冻肉箱，每箱约28公斤
X|exemption_load_furniture|家具安装搬运|家具城招男搬运安装工，实木床架、大理石台面单件重量超过30公斤，需人工抬运
X|exemption_load_seafood|海鲜市场搬运|海鲜档口招男工，搬运装冰泡沫箱，每箱30多公斤，凌晨连续卸货
X|exemption_mining_underground|井下采煤工|某煤矿招井下采煤工，限男性，持特种作业证，下井作业
X|exemption_mining_underground|井下支护工|矿山井下巷道支护，仅招男性，需适应井下环境
X|exemption_physical_level4|伐木工|林场招男性伐木工，人工伐木、抬原木，属第四级体力劳动强度
X|exemption_physical_level4|人工挖掘|招男工人工开挖沟槽，连续高强度体力作业（四级体力劳动强度）
X|exemption_load_stone|石材装卸|石材加工厂招男装卸工，人工搬运石板，每块60公斤以上需两人单侧抬起（每人承重超过25公斤）
X|exemption_load_tyre|轮胎搬运|汽修仓库招男工，人工装卸货车轮胎，每条约45公斤
X|exemption_load_paint|涂料仓管装卸|涂料仓库装卸工，男，每桶涂料约27公斤，反复上下货
X|exemption_load_charcoal|烧烤炭配送|木炭批发招男送货装卸，每袋木炭30公斤，一天上百袋
X|exemption_load_piano|钢琴搬运|钢琴搬运师傅，男，多人抬运立式钢琴上楼，人均负重超过40公斤
X|exemption_load_logistics|冷库装卸|冷库招男装卸工，冻品每件30公斤，频繁搬运
ht:X|hant_exemption_load|搬運工|貨倉請男搬運工，每日反覆搬運米包，每包約30公斤
ht:X|hant_exemption_load|送貨員|石油氣送貨，只請男士，需單人搬運連氣石油氣罐上樓，每罐逾30公斤
ht:X|hant_exemption_mining|坑內作業員|礦場坑內採掘作業，限男性
en:X|en_exemption_load|Warehouse Loader|Men only: manual loading of 50 kg cement bags onto trucks all shift
en:X|en_exemption_load|Beer Cellar Porter|Male porter to move full beer kegs (approx. 30 kg each) repeatedly between cellar and bars
en:X|en_exemption_mining|Underground Miner|Underground mining crew, male applicants only, work at the coal face
en:X|en_exemption_load|Removalist|Male removalists: carry fridges and sofas single-handed, items often over 35 kg
en:X|en_exemption_load|Rice Mill Loader|Men only, loading 50kg rice sacks by hand
X|exemption_load_bricks|搬砖工|装修队招男小工，扛砖上楼，每次肩扛约30公斤
X|exemption_load_cooking_oil|粮油配送|粮油店招男配送员，大桶食用油整箱约26公斤，每天反复搬运送货
D|decoy_mining_sales|销售代表|【华晟煤业集团】国有大型煤炭企业，下属多个井下矿区。现招销售代表2名，限男性，负责煤炭客户开发
D|decoy_cement_office|行政文员|【海峡水泥有限公司】年产水泥300万吨，单袋50公斤。招行政文员，男，负责文件收发
D|decoy_steel_driver|商务司机|【东钢集团】钢铁冶炼企业，高温重体力作业多。招商务司机，限男士，接送客户
D|decoy_logistics_cs|客服专员|【快运达物流】装卸搬运重货为主。招客服专员，男性优先，接听电话处理投诉
D|decoy_mining_hr|人事专员|【金岭矿业】井下采矿企业。人事专员一名，只招男生，负责考勤社保
ht:D|hant_decoy_construction|會計文員|【德興建築】地盤工程，需搬運重物。誠聘會計文員，限男士
en:D|en_decoy_mining|Marketing Executive|Ironstone Mining Ltd operates underground mines. Hiring a Marketing Executive, male only, office-based
en:D|en_decoy_cargo|Dispatcher|Heavy cargo terminal handling 50kg sacks. Dispatcher (desk job) - males only
"""
