# Author 17, hand-written. CONTAINS THE ANSWERS. Exemptions (X: labels [], exemption true) and decoys (D: GENDER).
RAW = r"""
X|exemption_mining|Underground miner, men only: drilling and shot-firing at the coal face, 8-hour shifts below ground.
X|exemption_mining|Male underground fitters to maintain conveyors in the decline tunnel, 300 m below surface.
X|exemption_mining|Men only for stope mucking crew (underground gold mine), rotation 14/14.
X|exemption_load|Cement loaders (male): carry 50 kg bags from truck to store by hand, all shift.
X|exemption_load|Male porters needed; each sack of rice is 50 kg and is shouldered onto the lorry.
X|exemption_load|Men only - stevedores unloading 40 kg cartons by hand, repeated throughout the shift.
X|exemption_load|Male labourers for manual brick hod carrying (30 kg per load, lifted singly).
X|exemption_load|Men wanted for furniture removals: each mover carries 30-40 kg items (boxes, appliances) up stairs alone.
X|exemption_intensity|Male scaffolding hands for heavy steel erection (Grade IV physical labour intensity as assessed).
X|exemption_intensity|Men only: forestry felling crew, manual log skidding, Grade 4 heavy physical work.
X|exemption_load|Male gas-cylinder delivery men: carry 45 kg LPG cylinders up stairs.
X|exemption_mining|Tunnel miners (male) for underground rock excavation on the metro project.
X|exemption_load|Male grain-store workers to stack 25 kg+ bags by hand, continuous lifting.
X|exemption_load|Men only: manual loading of 60 kg fertiliser sacks onto trucks.
X|exemption_mining|井下采煤工，限男性，负责综采工作面作业。
X|exemption_mining|井下掘进工（男），从事巷道掘进、支护。
X|exemption_load|装卸工限男，每袋水泥重50公斤，需人工搬上车。
X|exemption_load|仓库搬运（男），单件货物约30公斤，全天人工码垛。
X|exemption_load|粮库扛包工，男性，每包大米五十斤以上，反复肩扛。
X|exemption_intensity|伐木工（男），人工伐木、集材，属第四级体力劳动强度。
X|exemption_load|煤气罐配送员，限男，每罐约35公斤，需扛上楼。
X|exemption_mining|矿山井下支护工，只招男性，需下井作业。
X|exemption_load|建材市场搬运工（男），瓷砖每箱28公斤，单人搬卸。
X|exemption_mining|礦場井下作業員，限男性。
X|exemption_load|搬運工（男），每箱貨物重約40公斤，需人手搬運上落貨。
X|exemption_load|水泥搬運工，限男士，每包50公斤。
X|exemption_mining|Male shaft sinkers for a new underground tin mine in Perak, work at shaft bottom.
X|exemption_load|Male dock labourers: hand-stacking 50 kg copra sacks in the ship hold.
X|exemption_mining|井下运输工，限男，负责井下矿车推运。
X|exemption_load|饲料厂装车工（男），每袋饲料40公斤，人工装车。
D|exemption_decoy|We are a leading open-pit and underground mining group in Western Australia. Now hiring: Payroll Officer (male only), based in our Perth head office.
D|exemption_decoy|Heavy-steel fabricator with 400 welders on site seeks a Sales Engineer - male candidates only - to visit clients across the GCC.
D|exemption_decoy|Cement manufacturer (50 kg bags, 3 plants) hiring Company Driver, Male, to drive directors between plants.
D|exemption_decoy|Oil & gas drilling contractor hiring HR Coordinator (Male) for the Dubai office.
D|exemption_decoy|Logistics yard moving 40 kg crates daily; vacancy: Receptionist, men only.
D|exemption_decoy|本公司为大型煤矿企业，井下职工三千人。现招聘：行政文员，限男性，驻总部办公。
D|exemption_decoy|水泥厂招聘：销售代表（男），负责区域客户开发，每袋水泥50公斤由装卸队负责。
D|exemption_decoy|钢铁集团招聘：小车司机，限男，接送领导。
D|exemption_decoy|物流园搬运量大，现招聘客服专员，只招男生。
D|exemption_decoy|礦業集團招聘：會計主任（男），辦公室工作。
"""
