package org.lessonstudio.app;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.presentationml.x2006.main.CTApplicationNonVisualDrawingProps;
import org.openxmlformats.schemas.presentationml.x2006.main.CTExtension;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideTiming;

/**
 * One clip embedded in a PowerPoint slide, as PowerPoint itself writes it: the clip is a media
 * part of the deck (not a file beside it), shown through a picture (its poster, which a printout
 * or a PDF shows), and the slide's timing starts it as the slide opens, without a click.
 */
final class SlideVideo {

    static final String VIDEO = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/video";
    static final String MEDIA = "http://schemas.microsoft.com/office/2007/relationships/media";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main";
    private static final String P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    private SlideVideo() {
    }

    /** Puts {@code clip} (an MP4 lasting {@code seconds}) on {@code slide} within {@code where}, playing on entry. */
    static void add(XMLSlideShow deck, XSLFSlide slide, int number, Path clip, double seconds, byte[] posterPng,
            Rectangle where) throws IOException {
        PackagePart slidePart = slide.getPackagePart();
        PackagePart media;
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/ppt/media/step-" + number + ".mp4");
            media = deck.getPackage().createPart(name, "video/mp4");
        } catch (InvalidFormatException e) {
            throw new IOException("the deck's clip " + number + " could not be added: " + e.getMessage(), e);
        }
        try (OutputStream out = media.getOutputStream()) {
            Files.copy(clip, out);
        }
        PackageRelationship video = slidePart.addRelationship(media.getPartName(), TargetMode.INTERNAL, VIDEO);
        PackageRelationship embedded = slidePart.addRelationship(media.getPartName(), TargetMode.INTERNAL, MEDIA);

        XSLFPictureShape picture = slide.createPicture(deck.addPicture(posterPng, PictureData.PictureType.PNG));
        picture.setAnchor(where);
        picture.setName("Step " + number);
        CTPicture xml = (CTPicture) picture.getXmlObject();
        xml.getNvPicPr().getCNvPr().addNewHlinkClick().setAction("ppaction://media");
        xml.getNvPicPr().getCNvPr().getHlinkClick().setId("");
        CTApplicationNonVisualDrawingProps properties = xml.getNvPicPr().getNvPr();
        properties.addNewVideoFile().setLink(video.getId());
        CTExtension extension = properties.addNewExtLst().addNewExt();
        extension.setUri("{DAA4B4D4-6D71-4841-9C94-3DE7FCFB9230}");
        try (XmlCursor cursor = extension.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(P14, "media", "p14"));
            cursor.insertNamespace("p14", P14);
            cursor.insertAttributeWithValue(new QName(RELATIONSHIPS, "embed", "r"), embedded.getId());
        }
        slide.getXmlObject().setTiming(playOnEntry(picture.getShapeId(), seconds));
    }

    /**
     * The slide's timing: the main sequence's first (and only) effect plays the clip from its start,
     * "after previous" with nothing before it, that is as soon as the slide is shown.
     */
    private static CTSlideTiming playOnEntry(int shape, double seconds) throws IOException {
        long millis = Math.max(1, Math.round(seconds * 1000));
        String xml = """
                <p:timing xmlns:p="%1$s">
                  <p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>
                    <p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>
                      <p:par><p:cTn id="3" fill="hold"><p:stCondLst><p:cond delay="indefinite"/>
                          <p:cond evt="onBegin" delay="0"><p:tn val="2"/></p:cond></p:stCondLst><p:childTnLst>
                        <p:par><p:cTn id="4" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>
                          <p:par><p:cTn id="5" presetID="1" presetClass="mediacall" presetSubtype="0" fill="hold"
                              nodeType="afterEffect"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>
                            <p:cmd type="call" cmd="playFrom(0.0)"><p:cBhvr><p:cTn id="6" dur="%3$d" fill="hold"/>
                              <p:tgtEl><p:spTgt spid="%2$d"/></p:tgtEl></p:cBhvr></p:cmd>
                          </p:childTnLst></p:cTn></p:par>
                        </p:childTnLst></p:cTn></p:par>
                      </p:childTnLst></p:cTn></p:par>
                    </p:childTnLst></p:cTn>
                    <p:prevCondLst><p:cond evt="onPrev" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst>
                    <p:nextCondLst><p:cond evt="onNext" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst>
                    </p:seq>
                    <p:video><p:cMediaNode vol="80000"><p:cTn id="7" fill="hold" display="0"><p:stCondLst>
                        <p:cond delay="indefinite"/></p:stCondLst></p:cTn><p:tgtEl><p:spTgt spid="%2$d"/></p:tgtEl>
                      </p:cMediaNode></p:video>
                  </p:childTnLst></p:cTn></p:par></p:tnLst>
                </p:timing>
                """.formatted(P, shape, millis);
        try {
            return CTSlideTiming.Factory.parse(xml);
        } catch (XmlException e) {
            throw new IOException("the slide's timing could not be written: " + e.getMessage(), e);
        }
    }
}
