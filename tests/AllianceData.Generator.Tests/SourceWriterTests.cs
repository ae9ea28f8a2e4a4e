using AllianceData.Generator.Emitting;

namespace AllianceData.Generator.Tests;

/// <summary>The writers of one thread reuse one builder: each file still comes out as written, alone.</summary>
public class SourceWriterTests
{
    [Fact]
    public void A_writer_after_a_finished_one_starts_empty()
    {
        var first = new SourceWriter();
        first.Open("class A");
        first.Line("int a;");
        first.Close();
        Assert.Equal("class A\n{\n    int a;\n}\n", first.Finish());

        var second = new SourceWriter();
        second.Line("int b;");
        Assert.Equal("int b;\n", second.Finish());
    }

    [Fact]
    public void A_writer_made_while_another_is_open_writes_apart_from_it()
    {
        new SourceWriter().Finish(); // leaves the thread a builder to reuse, which the outer writer takes
        var outer = new SourceWriter();
        outer.Open("class Outer");
        var inner = new SourceWriter();
        inner.Line("inner");
        outer.Line("outer");
        Assert.Equal("inner\n", inner.Finish());
        outer.Close();

        Assert.Equal("class Outer\n{\n    outer\n}\n", outer.Finish());
    }
}
