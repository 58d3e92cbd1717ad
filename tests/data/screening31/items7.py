# items7: mixed Chinese-English items (HK/SG finance head-hunter style). Hand-written by author 31. THIS FILE CONTAINS THE ANSWERS.
G, M, P = "GENDER", "MARRIAGE_CHILDBEARING", "PREGNANCY_TEST"
ITEMS = [
("zh", [G], "mixed_gender", "Hi，有个PE的Associate机会，client prefer male，base 50k，有兴趣吗？"),
("zh", [G], "mixed_gender", "EA to CEO，female only，英文流利，Pudong"),
("zh", [M], "mixed_marriage", "客户想了解一下candidate的marital status，已婚已育的话更好"),
("zh-Hant", [G], "mixed_gender", "Private Banker（男），AUM 5億以上，Central"),
("en", [P], "mixed_pregnancy", "Onboarding medical 需要做 pregnancy test，female candidates please note"),
("zh", [], "clean_mixed", "Hi，这个RM role男女不限，AUM要求1亿以上，Lujiazui"),
("zh-Hant", [], "clean_mixed", "Family Office Analyst，gender不限，歡迎CFA持證人"),
("en", [], "clean_mixed", "EA role 支持 CEO 及其 family（kids' school admin），open to all candidates"),
]
