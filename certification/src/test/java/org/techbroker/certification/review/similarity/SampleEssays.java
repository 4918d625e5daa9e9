package org.techbroker.certification.review.similarity;

/** Essays written for these tests, all answering one question about technology transfer. */
final class SampleEssays {

    private SampleEssays() {}

    static final String ENGLISH = """
            Technology transfer turns the results of research into products that people can use. \
            A university laboratory may invent a new coating for solar panels, but the invention \
            helps nobody until a company licenses it, builds a factory and sells the panels. The \
            technology broker stands between the two sides. She reads the patent, explains its \
            value in plain language to investors, and helps the inventors understand what a \
            manufacturer needs to see before it will sign a contract.

            Good brokers know that trust matters more than paperwork. A small firm will not pay \
            for a licence if it fears that the laboratory will sell the same rights to its \
            competitor next month. The broker therefore drafts clear terms on exclusivity, \
            royalties and support, and checks that both sides read them the same way. When the \
            deal is done, she keeps in touch, because most transfers fail in the first year, when \
            the engineers meet problems that the paper never described.""";

    /** {@link #ENGLISH} with six words changed and three added. */
    static final String ENGLISH_EDITED = """
            Technology transfer turns the outcomes of research into products that people can use. \
            A university laboratory might invent a new coating for solar panels, but the invention \
            helps no one until a company licenses it, builds a factory and sells the panels. The \
            technology broker stands between the two parties. She reads the patent, explains its \
            value in simple language to investors, and helps the inventors understand what a \
            manufacturer needs to see before it will sign a contract.

            In my view, good brokers know that trust matters more than paperwork. A small firm \
            will not pay for a licence if it fears that the laboratory will sell the same rights \
            to its rival next month. The broker therefore drafts clear terms on exclusivity, \
            royalties and support, and checks that both sides read them the same way. When the \
            deal is done, she keeps in touch, because many transfers fail in the first year, when \
            the engineers meet problems that the paper never described.""";

    static final String ENGLISH_INDEPENDENT = """
            Universities produce many inventions, yet few of them reach the market. Technology \
            transfer is the work of closing that gap, and the technology broker is the person who \
            does much of it. A broker first has to judge whether an invention is ready: a patent \
            alone is not a product, and a company will ask about costs, risks and the time it \
            takes to scale up production.

            The broker then looks for a partner. This means knowing which firms are searching for \
            new technology, what they can afford, and who in each firm makes decisions. During \
            negotiation the broker helps both sides agree on a licence, on the royalties and on \
            who pays for further development. A good agreement protects the researchers' \
            reputation and gives the company enough certainty to invest. In my experience the \
            most important skill of a broker is listening, because the real needs of each side \
            are rarely written in the documents.""";

    static final String CHINESE = """
            技术转移是把科研成果变成现实生产力的过程。一所大学的实验室也许发明了一种新的电池材料，\
            但是只有企业获得许可、建设生产线并把产品卖出去，这项发明才真正产生价值。技术经纪人站在\
            双方之间，他们阅读专利文件，用通俗的语言向投资者说明技术的价值，也帮助发明人理解企业在\
            签约之前需要看到什么。

            优秀的技术经纪人明白，信任比合同更重要。如果企业担心实验室会把同样的权利再卖给竞争对手，\
            它就不会支付许可费。因此经纪人要把独占范围、提成比例和后续服务写清楚，并在交易完成以后\
            继续跟进，因为很多技术转移项目恰恰在第一年遇到图纸上没有写到的问题。""";

    /** {@link #CHINESE} with four words changed: 也许 → 可能, 通俗 → 浅显, 卖 → 转让, 很多 → 许多. */
    static final String CHINESE_EDITED = """
            技术转移是把科研成果变成现实生产力的过程。一所大学的实验室可能发明了一种新的电池材料，\
            但是只有企业获得许可、建设生产线并把产品卖出去，这项发明才真正产生价值。技术经纪人站在\
            双方之间，他们阅读专利文件，用浅显的语言向投资者说明技术的价值，也帮助发明人理解企业在\
            签约之前需要看到什么。

            优秀的技术经纪人明白，信任比合同更重要。如果企业担心实验室会把同样的权利再转让给竞争对手，\
            它就不会支付许可费。因此经纪人要把独占范围、提成比例和后续服务写清楚，并在交易完成以后\
            继续跟进，因为许多技术转移项目恰恰在第一年遇到图纸上没有写到的问题。""";

    static final String CHINESE_INDEPENDENT = """
            近年来，各地纷纷设立技术转移中心，希望让高校和科研院所的成果尽快走向市场。然而，成果转化\
            的难点往往不在技术本身，而在于供需双方缺乏沟通。企业关心成本、工期和风险，科研人员更在意\
            论文和学术评价。

            技术经纪人的作用就是在两者之间搭建桥梁：他们既要懂技术，又要懂市场和法律，能够评估专利的\
            商业前景，组织谈判，并协助双方办理知识产权登记和合同备案。培养一支专业化的技术经纪人队伍，\
            是完善科技成果转化体系的重要一环，也是让技术转移真正产生价值的关键。""";

    static final String MIXED = """
            我们实验室开发的AI模型可以预测锂电池的剩余寿命，准确率达到95%。学校的Technology \
            Transfer Office负责与企业谈判license条款，技术经纪人则要向企业解释模型的training data \
            从哪里来、是否涉及个人信息，以及产品上线之后谁来维护。很多企业并不担心算法本身，而是担心\
            数据的合规问题和后续的technical support。""";

    /** {@link #MIXED} with a number, one English word and two ideographs changed. */
    static final String MIXED_EDITED = """
            我们实验室开发的AI模型能够预测锂电池的剩余寿命，准确率达到96%。学校的Technology \
            Transfer Office负责与企业谈判licence条款，技术经纪人则要向企业解释模型的training data \
            从哪里来、是否涉及个人信息，以及产品上线之后谁来维护。很多企业并不担心算法本身，而是担心\
            数据的合规问题和后续的technical support。""";

    static final String MIXED_INDEPENDENT = """
            在技术转移的过程中，technology broker的价值在于把实验室的语言翻译成市场的语言。比如一个AI\
            项目，研究人员关心模型的accuracy，企业却关心部署成本、license费用和售后服务。经纪人需要\
            组织双方开会，把需求写进合同，并提醒企业在使用training data之前完成合规审查。""";

    /** Two more paragraphs of an answer, long enough to dilute a paragraph pasted among them. */
    static final String ENGLISH_LONG_ANSWER = """
            Public money pays for much of the research done at universities, and the public \
            expects something back. Governments therefore ask universities to report how many \
            patents they file, how many licences they sign and how many companies grow out of \
            their laboratories. These numbers are easy to count but they say little about value. \
            A single licence to a regional manufacturer may create more jobs than ten patents that \
            nobody ever uses, and a spin-off company may survive for years without selling much.

            For this reason a transfer office should measure what happens after the contract. Does \
            the licensee actually build the product? Do the researchers and the engineers still \
            talk to each other after the first meeting? Are the royalties paid, and are they \
            reinvested in new research? Brokers are well placed to collect this information, \
            because they keep in contact with both sides long after the signatures. An office \
            that listens to its brokers learns which kinds of agreement work in its region and \
            which only look good in the annual report. Over time it can then choose its projects \
            with more care, spend less on patents that will never be licensed, and give the \
            researchers honest advice about where their work is most likely to be used.""";
}
