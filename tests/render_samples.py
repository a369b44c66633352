"""Press releases written for the renderer tests (not taken from the corpus), and hostile variants."""
import pr2news

KO_RELEASE = """보 도 자 료

보도일시  2026. 5. 12.(화) 11:15
배포일시  2026. 5. 11.(월) 15:00

담당부서 : 시민건강국 식품안전과
책임자 : 과 장 윤봄날 (02-2133-4701)
담당자 : 주무관 남겨울 (02-2133-4718)

서울시, 여름철 전통시장 식품 위생 합동 점검 나선다
- 5월 18일부터 6주간 시내 전통시장 40곳 대상 합동 점검
- 냉장 보관 온도와 유통기한 표시 집중 확인

□ 서울시는 여름철 식중독을 막기 위해 5월 18일부터 6주간 시내 전통시장 40곳에서 식품 위생 합동 점검을 벌인다고 밝혔다.

 ○ 이번 점검에는 자치구 위생 담당 공무원과 시민 식품감시원 80명이 함께 참여한다.
   - 냉장·냉동 식품의 보관 온도를 현장에서 직접 재서 기록한다.

□ 점검에서 위반 사항이 나오면 현장에서 바로 고치도록 안내하고, 다시 확인할 계획이다.

 ※ 점검 대상 시장 목록은 서울시 누리집에서 볼 수 있다.

□ 윤봄날 식품안전과장은 "시민들이 안심하고 장을 볼 수 있도록 꼼꼼히 살피겠다"고 말했다.

붙임  1. 점검 대상 시장 목록 1부.  끝.

- 1 -
"""

EN_RELEASE = """FOR IMMEDIATE RELEASE

MEDIA CONTACT: Priya Raman, Press Officer, 555-013-7784, praman@harborview.example.gov

Harborview Opens Three Cooling Centers Ahead of Summer Heat

Library branches will stay open until 10 p.m. on heat advisory days

HARBORVIEW, CA — The City of Harborview will open three cooling centers in public library branches on
Monday, giving residents a free, air-conditioned place to rest during the hottest weeks of the year.

"No one in Harborview should have to ride out a heat wave alone," said Deputy Mayor Tomas Reyes.

The cooling centers offer:

  • Drinking water and seating for at least 60 people
  • Phone charging stations
  • Information on heat-related illness in five languages

###
"""

HOSTILE = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }}")

EN_HOSTILE = EN_RELEASE.replace(
    "Harborview Opens Three Cooling Centers Ahead of Summer Heat",
    "Harborview Opens <script>alert(1)</script> Cooling Centers {{ 7*7 }} Ahead of Summer Heat").replace(
    "Library branches will stay open",
    'Library branches "><img src=x onerror=alert(1)> will stay open').replace(
    "Phone charging stations", "Phone charging stations </script><script>alert(2)</script> {% raw %}")

KO_HOSTILE = KO_RELEASE.replace(
    "- 냉장 보관 온도와 유통기한 표시 집중 확인",
    "- 냉장 보관 <script>alert(1)</script> 온도와 {{ 7*7 }} 유통기한 표시 \"><img src=x onerror=alert(1)> 확인")


def ko_article():
    return pr2news.convert(KO_RELEASE)


def en_article():
    return pr2news.convert(EN_RELEASE)
