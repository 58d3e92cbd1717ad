# -*- coding: utf-8 -*-
# Extra hand-written CLEAN traps and EXEMPTIONS, English. Author d28.
# THIS FILE CONTAINS THE ANSWERS.
DATA = """
C|en_benefit|Mine Planner|Return-to-work program for parents after parental leave
C|en_clients|Sales Engineer|Sell fetal monitoring equipment to maternity hospitals
C|en_clients|Community Manager|Build our community of new mums and dads on Discord
C|en_open|Rigger|All genders welcome to apply; dual-ticket riggers preferred
C|en_open|Drill Offsider|Men and women are both encouraged to apply; training provided
C|en_words|Electrician|Install mains and manholes on the Queen Mary wharf upgrade
C|en_words|Operator|Experience with male/female hydraulic couplings is essential
C|en_words|Supply Chain|Manage the Mothership warehouse in Nevada
C|en_pronoun_neutral|Engineer|The successful candidate will lead the shutdown; they will report to the Maintenance Superintendent
C|en_policy|Superintendent|We will never ask about pregnancy, marital status or children at interview
C|en_contact|Stevedore|Questions? Call Ms. Reyes at the port office
C|en_family|Offshore Medic|Family-friendly 2/2 rotation; partners can join for the Christmas crossing
C|en_short|Geotech|Geotechnical Engineer, open pit, DIDO from Kalgoorlie
X|en_underground|Underground Charge-up Operator|Charge-up operator, underground stopes, male only due to underground work rules
"""
