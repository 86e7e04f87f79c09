/* Compile-time attack: megabytes of diagnostics from nested macros (each
 * error is followed by a note per expansion level). */
#define L0(x) x + undefined_name
#define L1(x) L0(x)
#define L2(x) L1(x)
#define L3(x) L2(x)
#define L4(x) L3(x)
#define L5(x) L4(x)
#define L6(x) L5(x)
#define L7(x) L6(x)
#define L8(x) L7(x)
#define L9(x) L8(x)
#define L10(x) L9(x)
#define L11(x) L10(x)
#define L12(x) L11(x)
#define L13(x) L12(x)
#define L14(x) L13(x)
#define L15(x) L14(x)
#define L16(x) L15(x)
#define L17(x) L16(x)
#define L18(x) L17(x)
#define L19(x) L18(x)
#define L20(x) L19(x)
#define L21(x) L20(x)
#define L22(x) L21(x)
#define L23(x) L22(x)
#define L24(x) L23(x)
#define L25(x) L24(x)
#define L26(x) L25(x)
#define L27(x) L26(x)
#define L28(x) L27(x)
#define L29(x) L28(x)
#define L30(x) L29(x)
#define L31(x) L30(x)
#define L32(x) L31(x)
#define L33(x) L32(x)
#define L34(x) L33(x)
#define L35(x) L34(x)
#define L36(x) L35(x)
#define L37(x) L36(x)
#define L38(x) L37(x)
#define L39(x) L38(x)
#define L40(x) L39(x)
#define L41(x) L40(x)
#define L42(x) L41(x)
#define L43(x) L42(x)
#define L44(x) L43(x)
#define L45(x) L44(x)
#define L46(x) L45(x)
#define L47(x) L46(x)
#define L48(x) L47(x)
#define L49(x) L48(x)
#define L50(x) L49(x)
#define L51(x) L50(x)
#define L52(x) L51(x)
#define L53(x) L52(x)
#define L54(x) L53(x)
#define L55(x) L54(x)
#define L56(x) L55(x)
#define L57(x) L56(x)
#define L58(x) L57(x)
#define L59(x) L58(x)
#define L60(x) L59(x)
#define L61(x) L60(x)
#define L62(x) L61(x)
#define L63(x) L62(x)
#define L64(x) L63(x)
#define L65(x) L64(x)
#define L66(x) L65(x)
#define L67(x) L66(x)
#define L68(x) L67(x)
#define L69(x) L68(x)
#define L70(x) L69(x)
#define L71(x) L70(x)
#define L72(x) L71(x)
#define L73(x) L72(x)
#define L74(x) L73(x)
#define L75(x) L74(x)
#define L76(x) L75(x)
#define L77(x) L76(x)
#define L78(x) L77(x)
#define L79(x) L78(x)
#define L80(x) L79(x)
#define L81(x) L80(x)
#define L82(x) L81(x)
#define L83(x) L82(x)
#define L84(x) L83(x)
#define L85(x) L84(x)
#define L86(x) L85(x)
#define L87(x) L86(x)
#define L88(x) L87(x)
#define L89(x) L88(x)
#define L90(x) L89(x)
#define L91(x) L90(x)
#define L92(x) L91(x)
#define L93(x) L92(x)
#define L94(x) L93(x)
#define L95(x) L94(x)
#define L96(x) L95(x)
#define L97(x) L96(x)
#define L98(x) L97(x)
#define L99(x) L98(x)
#define L100(x) L99(x)
#define L101(x) L100(x)
#define L102(x) L101(x)
#define L103(x) L102(x)
#define L104(x) L103(x)
#define L105(x) L104(x)
#define L106(x) L105(x)
#define L107(x) L106(x)
#define L108(x) L107(x)
#define L109(x) L108(x)
#define L110(x) L109(x)
#define L111(x) L110(x)
#define L112(x) L111(x)
#define L113(x) L112(x)
#define L114(x) L113(x)
#define L115(x) L114(x)
#define L116(x) L115(x)
#define L117(x) L116(x)
#define L118(x) L117(x)
#define L119(x) L118(x)
#define L120(x) L119(x)
#define L121(x) L120(x)
#define L122(x) L121(x)
#define L123(x) L122(x)
#define L124(x) L123(x)
#define L125(x) L124(x)
#define L126(x) L125(x)
#define L127(x) L126(x)
#define L128(x) L127(x)
#define L129(x) L128(x)
#define L130(x) L129(x)
#define L131(x) L130(x)
#define L132(x) L131(x)
#define L133(x) L132(x)
#define L134(x) L133(x)
#define L135(x) L134(x)
#define L136(x) L135(x)
#define L137(x) L136(x)
#define L138(x) L137(x)
#define L139(x) L138(x)
#define L140(x) L139(x)
#define L141(x) L140(x)
#define L142(x) L141(x)
#define L143(x) L142(x)
#define L144(x) L143(x)
#define L145(x) L144(x)
#define L146(x) L145(x)
#define L147(x) L146(x)
#define L148(x) L147(x)
#define L149(x) L148(x)
#define L150(x) L149(x)
#define L151(x) L150(x)
#define L152(x) L151(x)
#define L153(x) L152(x)
#define L154(x) L153(x)
#define L155(x) L154(x)
#define L156(x) L155(x)
#define L157(x) L156(x)
#define L158(x) L157(x)
#define L159(x) L158(x)
#define L160(x) L159(x)
#define L161(x) L160(x)
#define L162(x) L161(x)
#define L163(x) L162(x)
#define L164(x) L163(x)
#define L165(x) L164(x)
#define L166(x) L165(x)
#define L167(x) L166(x)
#define L168(x) L167(x)
#define L169(x) L168(x)
#define L170(x) L169(x)
#define L171(x) L170(x)
#define L172(x) L171(x)
#define L173(x) L172(x)
#define L174(x) L173(x)
#define L175(x) L174(x)
#define L176(x) L175(x)
#define L177(x) L176(x)
#define L178(x) L177(x)
#define L179(x) L178(x)
#define L180(x) L179(x)
#define L181(x) L180(x)
#define L182(x) L181(x)
#define L183(x) L182(x)
#define L184(x) L183(x)
#define L185(x) L184(x)
#define L186(x) L185(x)
#define L187(x) L186(x)
#define L188(x) L187(x)
#define L189(x) L188(x)
#define L190(x) L189(x)
#define L191(x) L190(x)
#define L192(x) L191(x)
#define L193(x) L192(x)
#define L194(x) L193(x)
#define L195(x) L194(x)
#define L196(x) L195(x)
#define L197(x) L196(x)
#define L198(x) L197(x)
#define L199(x) L198(x)
int main(void) {
	int v0 = L199(0);
	int v1 = L199(1);
	int v2 = L199(2);
	int v3 = L199(3);
	int v4 = L199(4);
	int v5 = L199(5);
	int v6 = L199(6);
	int v7 = L199(7);
	int v8 = L199(8);
	int v9 = L199(9);
	int v10 = L199(10);
	int v11 = L199(11);
	int v12 = L199(12);
	int v13 = L199(13);
	int v14 = L199(14);
	int v15 = L199(15);
	int v16 = L199(16);
	int v17 = L199(17);
	int v18 = L199(18);
	int v19 = L199(19);
	int v20 = L199(20);
	int v21 = L199(21);
	int v22 = L199(22);
	int v23 = L199(23);
	int v24 = L199(24);
	int v25 = L199(25);
	int v26 = L199(26);
	int v27 = L199(27);
	int v28 = L199(28);
	int v29 = L199(29);
	int v30 = L199(30);
	int v31 = L199(31);
	int v32 = L199(32);
	int v33 = L199(33);
	int v34 = L199(34);
	int v35 = L199(35);
	int v36 = L199(36);
	int v37 = L199(37);
	int v38 = L199(38);
	int v39 = L199(39);
	int v40 = L199(40);
	int v41 = L199(41);
	int v42 = L199(42);
	int v43 = L199(43);
	int v44 = L199(44);
	int v45 = L199(45);
	int v46 = L199(46);
	int v47 = L199(47);
	int v48 = L199(48);
	int v49 = L199(49);
	int v50 = L199(50);
	int v51 = L199(51);
	int v52 = L199(52);
	int v53 = L199(53);
	int v54 = L199(54);
	int v55 = L199(55);
	int v56 = L199(56);
	int v57 = L199(57);
	int v58 = L199(58);
	int v59 = L199(59);
	int v60 = L199(60);
	int v61 = L199(61);
	int v62 = L199(62);
	int v63 = L199(63);
	int v64 = L199(64);
	int v65 = L199(65);
	int v66 = L199(66);
	int v67 = L199(67);
	int v68 = L199(68);
	int v69 = L199(69);
	int v70 = L199(70);
	int v71 = L199(71);
	int v72 = L199(72);
	int v73 = L199(73);
	int v74 = L199(74);
	int v75 = L199(75);
	int v76 = L199(76);
	int v77 = L199(77);
	int v78 = L199(78);
	int v79 = L199(79);
	int v80 = L199(80);
	int v81 = L199(81);
	int v82 = L199(82);
	int v83 = L199(83);
	int v84 = L199(84);
	int v85 = L199(85);
	int v86 = L199(86);
	int v87 = L199(87);
	int v88 = L199(88);
	int v89 = L199(89);
	int v90 = L199(90);
	int v91 = L199(91);
	int v92 = L199(92);
	int v93 = L199(93);
	int v94 = L199(94);
	int v95 = L199(95);
	int v96 = L199(96);
	int v97 = L199(97);
	int v98 = L199(98);
	int v99 = L199(99);
	int v100 = L199(100);
	int v101 = L199(101);
	int v102 = L199(102);
	int v103 = L199(103);
	int v104 = L199(104);
	int v105 = L199(105);
	int v106 = L199(106);
	int v107 = L199(107);
	int v108 = L199(108);
	int v109 = L199(109);
	int v110 = L199(110);
	int v111 = L199(111);
	int v112 = L199(112);
	int v113 = L199(113);
	int v114 = L199(114);
	int v115 = L199(115);
	int v116 = L199(116);
	int v117 = L199(117);
	int v118 = L199(118);
	int v119 = L199(119);
	int v120 = L199(120);
	int v121 = L199(121);
	int v122 = L199(122);
	int v123 = L199(123);
	int v124 = L199(124);
	int v125 = L199(125);
	int v126 = L199(126);
	int v127 = L199(127);
	int v128 = L199(128);
	int v129 = L199(129);
	int v130 = L199(130);
	int v131 = L199(131);
	int v132 = L199(132);
	int v133 = L199(133);
	int v134 = L199(134);
	int v135 = L199(135);
	int v136 = L199(136);
	int v137 = L199(137);
	int v138 = L199(138);
	int v139 = L199(139);
	int v140 = L199(140);
	int v141 = L199(141);
	int v142 = L199(142);
	int v143 = L199(143);
	int v144 = L199(144);
	int v145 = L199(145);
	int v146 = L199(146);
	int v147 = L199(147);
	int v148 = L199(148);
	int v149 = L199(149);
	int v150 = L199(150);
	int v151 = L199(151);
	int v152 = L199(152);
	int v153 = L199(153);
	int v154 = L199(154);
	int v155 = L199(155);
	int v156 = L199(156);
	int v157 = L199(157);
	int v158 = L199(158);
	int v159 = L199(159);
	int v160 = L199(160);
	int v161 = L199(161);
	int v162 = L199(162);
	int v163 = L199(163);
	int v164 = L199(164);
	int v165 = L199(165);
	int v166 = L199(166);
	int v167 = L199(167);
	int v168 = L199(168);
	int v169 = L199(169);
	int v170 = L199(170);
	int v171 = L199(171);
	int v172 = L199(172);
	int v173 = L199(173);
	int v174 = L199(174);
	int v175 = L199(175);
	int v176 = L199(176);
	int v177 = L199(177);
	int v178 = L199(178);
	int v179 = L199(179);
	int v180 = L199(180);
	int v181 = L199(181);
	int v182 = L199(182);
	int v183 = L199(183);
	int v184 = L199(184);
	int v185 = L199(185);
	int v186 = L199(186);
	int v187 = L199(187);
	int v188 = L199(188);
	int v189 = L199(189);
	int v190 = L199(190);
	int v191 = L199(191);
	int v192 = L199(192);
	int v193 = L199(193);
	int v194 = L199(194);
	int v195 = L199(195);
	int v196 = L199(196);
	int v197 = L199(197);
	int v198 = L199(198);
	int v199 = L199(199);
	return 0;
}
