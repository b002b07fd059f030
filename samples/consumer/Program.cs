using TipAssessment.Analysis;
using TipAssessment.Framework;
using TipAssessment.Reports;
using TipAssessment.Serialization;

var framework = StandardFramework.Load();
var assessment = AssessmentJson.ImportFile(args[0], framework).GetValueOrThrow();
var analysis = AssessmentAnalyzer.Analyze(framework, assessment);
Console.WriteLine(MarkdownReport.Render(analysis));
