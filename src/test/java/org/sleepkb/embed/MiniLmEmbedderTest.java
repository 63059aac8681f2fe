package org.sleepkb.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The session opened with memory-saving options computes exactly what LangChain4j's ready-made
 * wrapper of the same model computes, bit for bit, so vectors already in an index stay valid.
 */
class MiniLmEmbedderTest {

    private static final List<String> TEXTS = List.of(
            "i can't sleep at night",
            "is kratom safe for sleep",
            "melatonin with alcohol",
            "Sleep hygiene: Light\nBright light in the evening delays the body clock; dim the lights two hours before bed.",
            IntStream.range(0, 80).mapToObj(i -> "Worry keeps the mind awake, sentence " + i + ".")
                    .collect(Collectors.joining(" "))); // over 510 word pieces: embedded in parts and averaged

    private static Embedder model;

    @BeforeAll
    static void loadTheModel() {
        model = new MiniLmEmbedder();
    }

    @Test
    void vectorsAreBitForBitThoseOfTheReadyMadeWrapper() {
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String text : TEXTS) {
            assertArrayEquals(reference.embed(text).content().vector(), model.embed(text), text);
        }
    }

    @Test
    void embeddingAListGivesTheVectorsOfEachTextInOrder() {
        List<float[]> vectors = model.embedAll(TEXTS);

        assertEquals(TEXTS.size(), vectors.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertArrayEquals(model.embed(TEXTS.get(i)), vectors.get(i), TEXTS.get(i));
        }
    }

    @Test
    void vectorsHaveTheModelsDimensionAndUnitLength() {
        for (String text : TEXTS) {
            float[] vector = model.embed(text);
            assertEquals(model.dimension(), vector.length);
            assertEquals(1.0, Math.sqrt(dot(vector, vector)), 1e-5, text);
        }
    }

    @Test
    void aQuestionIsNearerToTheArticleThatAnswersItThanToAnUnrelatedOne() {
        float[] question = model.embed("can't switch off at night");
        float[] insomnia = model.embed("Racing thoughts at bedtime: how worry keeps you awake and what helps you fall asleep");
        float[] taxes = model.embed("How to file a quarterly sales tax return for a small business");

        assertTrue(dot(question, insomnia) > dot(question, taxes) + 0.1,
                "insomnia " + dot(question, insomnia) + " vs taxes " + dot(question, taxes));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
