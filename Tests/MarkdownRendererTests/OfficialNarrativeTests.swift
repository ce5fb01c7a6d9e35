import MarkdownRenderer
import Testing

/// A narrative as provinces write it (seed 002, Bình Phước 2022, abridged).
@Suite struct OfficialNarrativeTests {
    static let narrative = """
    Đề tăng nhanh số người tham gia bảo hiểm xã hội (BHXH), UBND tỉnh ban hành Kế hoạch như sau:

    I. MỤC ĐÍCH, YÊU CẦU

    1. Mục đích

    a) Nắm bắt số lượng lao động thuộc diện tham gia BHXH.

    III. NỘI DUNG VÀ TRÁCH NHIỆM THỰC HIỆN

    2. Xác định chỉ tiêu đối tượng tham gia BHXH

    b) Cơ quan phối hợp:

    - Đối với chỉ tiêu đối tượng tham gia BHXH, bảo hiểm thất nghiệp

    + BHXH tỉnh: Xác định đối tượng đang tham gia BHXH, bảo hiểm thất nghiệp theo điểm 2, mục III
    phụ lục ban hành kèm theo Nghị quyết số 102/NQ-CP ngày 03/8/2018 của Chính phủ.

    c) Thời gian thực hiện: Tổng hợp và cung cấp thông tin về Sở Lao động – Thương binh và Xã hội **trước ngày 30/6 hàng năm**.

    Nơi nhận:

    - TTTU, TT.HĐND tỉnh;
    - Lưu VT, KGVX (Ch-38).

    **KT. CHỦ TỊCH\\
    PHÓ CHỦ TỊCH**
    """

    @Test func numberingIsKeptInOrderAndKind() {
        let items = MarkdownDocument(parsing: Self.narrative).blocks.compactMap { block -> String? in
            guard case .item(let item) = block else { return nil }
            return "\(item.kind.rawValue) \(item.marker)"
        }
        #expect(items == [
            "roman I.", "number 1.", "letter a)", "roman III.", "number 2.", "letter b)", "dash -", "plus +",
            "letter c)", "dash -", "dash -",
        ])
    }

    @Test func wrappedItemJoinsAndSignatureBreaks() {
        let html = MarkdownDocument(parsing: Self.narrative).html()
        #expect(html.contains("<p class=\"item plus\"><span class=\"marker\">+</span> BHXH tỉnh: Xác định đối tượng "
            + "đang tham gia BHXH, bảo hiểm thất nghiệp theo điểm 2, mục III phụ lục ban hành"))
        #expect(html.contains("<strong>trước ngày 30/6 hàng năm</strong>"))
        #expect(html.hasSuffix("<p><strong>KT. CHỦ TỊCH<br>\nPHÓ CHỦ TỊCH</strong></p>\n"))
        #expect(HTMLFragmentCheck(html).problem == nil)
    }

    @Test func normalisedMarkdownReadsBackTheSame() {
        let document = MarkdownDocument(parsing: Self.narrative)
        #expect(MarkdownDocument(parsing: document.markdown()) == document)
    }
}
