print("bhxh-report: not built yet")
