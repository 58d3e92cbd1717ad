# -*- coding: utf-8 -*-
# Extra hand-written CLEAN traps and EXEMPTIONS, traditional Chinese. Author d28.
# THIS FILE CONTAINS THE ANSWERS.
DATA = """
C|tw_benefit|作業員|懷孕員工可申請調整為日班，產檢假照給
C|tw_clients|門市|婚紗門市顧問，協助新人挑選禮服
C|hk_gender_open|搬運|男女都歡迎，有機械輔助搬運
C|hk_contact|地盤雜工|有意請搵何姑娘或者陳生
C|tw_words|作業員|負責母模與公模的研磨修整
X|hk_heavy|水泥|人手搬運英泥，每包50公斤，只請男工
"""
