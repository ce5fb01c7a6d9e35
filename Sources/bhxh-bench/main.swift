print("bhxh-bench: no benchmarks yet")
